package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.port.in.admin.CreateOrPromoteAdminUseCase;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

class CreateOrPromoteAdminServiceTest {

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final CreateOrPromoteAdminService service = new CreateOrPromoteAdminService(fixture.users,
            fixture.sessions, fixture.ids, fixture.transactions, fixture.audit, fixture.clock);

    @Test
    void createsAnActiveAdminWithoutPasswordForAnUnknownAddress() {
        User created = service.createOrPromote(EmailAddress.of("Root@Example.org")).user();

        User stored = fixture.users.findByEmail(EmailAddress.of("root@example.org")).orElseThrow();
        assertThat(stored.id()).isEqualTo(created.id()).isEqualTo(SequentialIds.userId(1));
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(stored.active()).isTrue();
        assertThat(stored.passwordHash()).isEmpty();
        assertThat(stored.createdAt()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void promotesAnExistingUserKeepingItsPasswordAndEndingItsSessions() {
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);

        User promoted = service.createOrPromote(ann.email()).user();

        assertThat(promoted.id()).isEqualTo(ann.id());
        User stored = fixture.users.findById(ann.id()).orElseThrow();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(stored.passwordHash()).isEqualTo(ann.passwordHash());
        assertThat(fixture.sessions.findByUser(ann.id())).isEmpty();
        assertThat(fixture.users.size()).isEqualTo(1);
    }

    @Test
    void activatesAPendingAccountAndEnablesADisabledOne() {
        User pending = fixture.stored(aUser().pending().withoutPassword());
        User disabled = fixture.stored(aUser().inactive());

        assertThat(service.createOrPromote(pending.email())).satisfies(result -> {
            assertThat(result.user().active()).isTrue();
            assertThat(result.alreadyAdministrator()).isFalse();
        });
        assertThat(service.createOrPromote(disabled.email()).user().active()).isTrue();
        assertThat(fixture.users.countActiveAdmins()).isEqualTo(2);
    }

    @Test
    void anExistingActiveAdminIsLeftAsItIs() {
        User root = fixture.stored(aUser().withRoles(Role.USER, Role.ADMIN));
        fixture.sessionOf(root);

        CreateOrPromoteAdminUseCase.Administrator result = service.createOrPromote(root.email());

        assertThat(result.alreadyAdministrator()).isTrue();
        assertThat(fixture.users.updateCalls()).isZero();
        assertThat(fixture.sessions.findByUser(root.id())).hasSize(1);
    }

    @Test
    void theCommandIsAuditedAsComingFromTheCommandLineWithoutActor() {
        User pat = fixture.stored(aUser().withEmail("pat@example.org").inactive());

        service.createOrPromote(EmailAddress.of("root@example.org"));
        service.createOrPromote(pat.email());

        assertThat(fixture.audit.events())
                .extracting(AuditEvent::type, event -> event.subject().orElseThrow().email().value(),
                        AuditEvent::detail)
                .containsExactly(
                        tuple(AuditEventType.REGISTERED, "root@example.org", "create-admin"),
                        tuple(AuditEventType.ROLE_GRANTED, "root@example.org", "admin"),
                        tuple(AuditEventType.ROLE_GRANTED, "pat@example.org", "admin"),
                        tuple(AuditEventType.USER_ENABLED, "pat@example.org", "create-admin"));
        assertThat(fixture.audit.events()).allSatisfy(event -> {
            assertThat(event.actor()).isEmpty();
            assertThat(event.origin()).isEqualTo(RequestOrigin.commandLine());
        });
    }

    @Test
    void removesAPasswordSetWhileTheAddressWasUnprovenBeforePromotingAndSaysSo() {
        User registered = User.registerWithPassword(SequentialIds.userId(90), EmailAddress.of("root@example.org"),
                FastPasswordHasher.hashOf("a stranger may have chosen this"), fixture.clock.instant());
        fixture.users.add(registered);

        CreateOrPromoteAdminUseCase.Administrator result = service.createOrPromote(registered.email());

        assertThat(result.unprovenPasswordRemoved()).isTrue();
        User stored = fixture.users.findById(registered.id()).orElseThrow();
        assertThat(stored.passwordHash()).isEmpty();
        assertThat(stored.hasRole(Role.ADMIN)).isTrue();
        assertThat(fixture.audit.eventsOf(AuditEventType.UNPROVEN_PASSWORD_REMOVED)).hasSize(1);
    }

    @Test
    void aProvenPasswordIsKeptAndNothingIsSaidAboutIt() {
        User ann = fixture.stored(aUser());

        assertThat(service.createOrPromote(ann.email()).unprovenPasswordRemoved()).isFalse();
        assertThat(fixture.users.findById(ann.id()).orElseThrow().passwordHash()).isEqualTo(ann.passwordHash());
    }
}
