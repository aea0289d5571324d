package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.service.admin.AdministrationFixture.unknownId;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

class DisableUserServiceTest {

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final DisableUserService disable = new DisableUserService(fixture.users, fixture.sessions,
            fixture.transactions, fixture.audit, fixture.clock);

    @Test
    void disablingShutsTheAccountAndEndsAllItsSessionsAtOnce() {
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);
        fixture.sessionOf(ann);

        User disabled = disable.disable(ann.id(), fixture.admin);

        assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(fixture.users.findById(ann.id()).orElseThrow().disabled()).isTrue();
        assertThat(fixture.sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void refusesToDisableTheLastActiveAdmin() {
        User root = fixture.stored(aUser().withRoles(Role.ADMIN));
        fixture.sessionOf(root);

        assertThatThrownBy(() -> disable.disable(root.id(), fixture.admin)).isInstanceOf(LastAdminException.class);

        assertThat(fixture.users.findById(root.id()).orElseThrow().active()).isTrue();
        assertThat(fixture.sessions.findByUser(root.id())).hasSize(1);
    }

    @Test
    void disablesAnAdminWhileAnotherActiveAdminRemains() {
        User root = fixture.stored(aUser().withRoles(Role.ADMIN));
        fixture.stored(aUser().withRoles(Role.ADMIN));

        assertThat(disable.disable(root.id(), fixture.admin).disabled()).isTrue();
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatThrownBy(() -> disable.disable(unknownId(), fixture.admin)).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void auditsTheDisablingAsDoneByTheAdmin() {
        User ann = fixture.stored(aUser().withEmail("ann@example.org"));

        disable.disable(ann.id(), fixture.admin);

        AuditEvent event = fixture.audit.only(AuditEventType.USER_DISABLED);
        assertThat(event.actor()).contains(fixture.admin.audited());
        assertThat(event.subject().orElseThrow().id()).contains(ann.id());
        assertThat(fixture.audit.events()).hasSize(1);
    }
}
