package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.service.admin.AdministrationFixture.unknownId;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.user.AccountPendingException;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

class EnableUserServiceTest {

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final EnableUserService enable =
            new EnableUserService(fixture.users, fixture.transactions, fixture.audit, fixture.clock);

    @Test
    void enablingOpensADisabledAccountAgain() {
        User ann = fixture.stored(aUser().inactive());

        User enabled = enable.enable(ann.id(), fixture.admin);

        assertThat(enabled.active()).isTrue();
        assertThat(fixture.users.findById(ann.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void enablingAnActiveAccountChangesNothing() {
        User ann = fixture.stored(aUser());

        assertThat(enable.enable(ann.id(), fixture.admin).active()).isTrue();
        assertThat(fixture.users.updateCalls()).isZero();
    }

    @Test
    void enablingAPendingAccountIsRefused() {
        User pending = fixture.stored(aUser().pending().withoutPassword());

        assertThatThrownBy(() -> enable.enable(pending.id(), fixture.admin))
                .isInstanceOf(AccountPendingException.class);
        assertThat(fixture.users.findById(pending.id()).orElseThrow().pending()).isTrue();
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatThrownBy(() -> enable.enable(unknownId(), fixture.admin)).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void auditsEnablingButNotAnEnableThatChangedNothing() {
        User ann = fixture.stored(aUser().withEmail("ann@example.org").inactive());

        enable.enable(ann.id(), fixture.admin);
        enable.enable(ann.id(), fixture.admin);

        assertThat(fixture.audit.events()).extracting(AuditEvent::type).containsExactly(AuditEventType.USER_ENABLED);
        AuditEvent event = fixture.audit.only(AuditEventType.USER_ENABLED);
        assertThat(event.actor()).contains(fixture.admin.audited());
        assertThat(event.subject().orElseThrow().id()).contains(ann.id());
    }
}
