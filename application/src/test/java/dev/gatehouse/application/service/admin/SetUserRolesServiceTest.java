package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.service.admin.AdministrationFixture.unknownId;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetUserRolesServiceTest {

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final SetUserRolesService service = new SetUserRolesService(fixture.users, fixture.sessions,
            fixture.transactions, fixture.audit, fixture.clock);

    @Test
    void grantsAdminStoresItAndEndsEverySessionOfTheUser() {
        User ann = fixture.stored(aUser());
        User bob = fixture.stored(aUser());
        fixture.sessionOf(ann);
        fixture.sessionOf(ann);
        Session bobs = fixture.sessionOf(bob);

        User changed =
                service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER, Role.ADMIN), fixture.admin));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(fixture.users.findById(ann.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(fixture.sessions.findByUser(ann.id())).isEmpty();
        assertThat(fixture.sessions.findByUser(bob.id())).extracting(Session::id).containsExactly(bobs.id());
    }

    @Test
    void sameRolesAgainChangeNothingAndKeepSessions() {
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);

        service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER), fixture.admin));

        assertThat(fixture.users.updateCalls()).isZero();
        assertThat(fixture.sessions.findByUser(ann.id())).hasSize(1);
    }

    @Test
    void refusesToDemoteTheLastActiveAdminAndChangesNothing() {
        User root = fixture.stored(aUser().withRoles(Role.USER, Role.ADMIN));
        fixture.stored(aUser().withRoles(Role.ADMIN).inactive());
        fixture.sessionOf(root);

        assertThatThrownBy(() -> service.setRoles(new SetUserRolesCommand(root.id(), Set.of(Role.USER), fixture.admin)))
                .isInstanceOf(LastAdminException.class);

        assertThat(fixture.users.findById(root.id()).orElseThrow().hasRole(Role.ADMIN)).isTrue();
        assertThat(fixture.sessions.findByUser(root.id())).hasSize(1);
    }

    @Test
    void demotesAnAdminWhileAnotherActiveAdminRemains() {
        User root = fixture.stored(aUser().withRoles(Role.USER, Role.ADMIN));
        fixture.stored(aUser().withRoles(Role.ADMIN));

        User demoted = service.setRoles(new SetUserRolesCommand(root.id(), Set.of(Role.USER), fixture.admin));

        assertThat(demoted.roles()).containsExactly(Role.USER);
        assertThat(fixture.users.countActiveAdmins()).isEqualTo(1);
    }

    @Test
    void unknownUserIsNotFound() {
        SetUserRolesCommand unknownUser = new SetUserRolesCommand(unknownId(), Set.of(Role.USER), fixture.admin);
        assertThatThrownBy(() -> service.setRoles(unknownUser))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void commandRefusesAnEmptyRoleSet() {
        assertThatThrownBy(() -> new SetUserRolesCommand(unknownId(), Set.of(), fixture.admin))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auditsEachRoleGrantedOrRevokedByTheAdmin() {
        User ann = fixture.stored(aUser().withEmail("ann@example.org"));

        service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER, Role.ADMIN), fixture.admin));
        service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER, Role.ADMIN), fixture.admin));
        service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.ADMIN), fixture.admin));

        assertThat(fixture.audit.events())
                .extracting(AuditEvent::type, AuditEvent::detail,
                        event -> event.subject().orElseThrow().email().value())
                .containsExactly(
                        tuple(AuditEventType.ROLE_GRANTED, "admin", "ann@example.org"),
                        tuple(AuditEventType.ROLE_REVOKED, "user", "ann@example.org"));
        assertThat(fixture.audit.events()).allSatisfy(event -> {
            assertThat(event.actor()).contains(fixture.admin.audited());
            assertThat(event.origin()).isEqualTo(TestOrigins.BROWSER);
        });
    }

    @Test
    void aRefusedChangeLeavesNoAuditRow() {
        User root = fixture.stored(aUser().withRoles(Role.ADMIN));

        assertThatThrownBy(() -> service.setRoles(new SetUserRolesCommand(root.id(), Set.of(Role.USER), fixture.admin)))
                .isInstanceOf(LastAdminException.class);

        assertThat(fixture.audit.events()).isEmpty();
    }
}
