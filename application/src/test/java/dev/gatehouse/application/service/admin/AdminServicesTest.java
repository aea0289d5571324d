package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.AccountPendingException;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdminServicesTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final SequentialIds ids = new SequentialIds();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** The administrator acting; not stored, so it never counts as one of the active admins. */
    private final Actor admin = new Actor(aUser().withEmail("root@example.org").withRoles(Role.ADMIN).build(),
            TestOrigins.BROWSER);

    private User stored(TestUsers user) {
        User built = user.build();
        users.add(built);
        return built;
    }

    private Session sessionOf(User user) {
        Session session = TestSessions.aSession().of(user).withId(ids.newSessionId()).build();
        sessions.add(session);
        return session;
    }

    private static UserId unknownId() {
        return new UserId(UUID.randomUUID());
    }

    @Nested
    class ListingUsers {

        private final ListUsersService service = new ListUsersService(users);

        @Test
        void answersThePageAndTheTotalOfMatchingUsers() {
            stored(aUser().withEmail("ann@example.org"));
            stored(aUser().withEmail("bob@example.org"));
            stored(aUser().withEmail("carol@example.net"));

            UserPage page = service.list(new ListUsersQuery(1, 1, Optional.of("  EXAMPLE.ORG ")));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.items()).extracting(user -> user.email().value()).containsExactly("bob@example.org");
        }

        @Test
        void blankSearchMeansEveryUser() {
            stored(aUser());
            stored(aUser());

            assertThat(service.list(new ListUsersQuery(0, 20, Optional.of("   "))).total()).isEqualTo(2);
        }

        @Test
        void queryRefusesPagingOutOfBounds() {
            assertThatThrownBy(() -> new ListUsersQuery(-1, 20, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ListUsersQuery(0, 0, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ListUsersQuery(0, ListUsersQuery.MAX_LIMIT + 1, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ListUsersQuery(0, 20, Optional.of("x".repeat(255))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class SettingRoles {

        private final SetUserRolesService service = new SetUserRolesService(users, sessions, transactions, audit, clock);

        @Test
        void grantsAdminStoresItAndEndsEverySessionOfTheUser() {
            User ann = stored(aUser());
            User bob = stored(aUser());
            sessionOf(ann);
            sessionOf(ann);
            Session bobs = sessionOf(bob);

            User changed = service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER, Role.ADMIN), admin));

            assertThat(changed.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
            assertThat(users.findById(ann.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
            assertThat(sessions.findByUser(ann.id())).isEmpty();
            assertThat(sessions.findByUser(bob.id())).extracting(Session::id).containsExactly(bobs.id());
        }

        @Test
        void sameRolesAgainChangeNothingAndKeepSessions() {
            User ann = stored(aUser());
            sessionOf(ann);

            service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER), admin));

            assertThat(users.updateCalls()).isZero();
            assertThat(sessions.findByUser(ann.id())).hasSize(1);
        }

        @Test
        void refusesToDemoteTheLastActiveAdminAndChangesNothing() {
            User root = stored(aUser().withRoles(Role.USER, Role.ADMIN));
            stored(aUser().withRoles(Role.ADMIN).inactive());
            sessionOf(root);

            assertThatThrownBy(() -> service.setRoles(new SetUserRolesCommand(root.id(), Set.of(Role.USER), admin)))
                    .isInstanceOf(LastAdminException.class);

            assertThat(users.findById(root.id()).orElseThrow().hasRole(Role.ADMIN)).isTrue();
            assertThat(sessions.findByUser(root.id())).hasSize(1);
        }

        @Test
        void demotesAnAdminWhileAnotherActiveAdminRemains() {
            User root = stored(aUser().withRoles(Role.USER, Role.ADMIN));
            stored(aUser().withRoles(Role.ADMIN));

            User demoted = service.setRoles(new SetUserRolesCommand(root.id(), Set.of(Role.USER), admin));

            assertThat(demoted.roles()).containsExactly(Role.USER);
            assertThat(users.countActiveAdmins()).isEqualTo(1);
        }

        @Test
        void unknownUserIsNotFound() {
            assertThatThrownBy(() -> service.setRoles(new SetUserRolesCommand(unknownId(), Set.of(Role.USER), admin)))
                    .isInstanceOf(UserNotFoundException.class);
        }

        @Test
        void commandRefusesAnEmptyRoleSet() {
            assertThatThrownBy(() -> new SetUserRolesCommand(unknownId(), Set.of(), admin))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void auditsEachRoleGrantedOrRevokedByTheAdmin() {
            User ann = stored(aUser().withEmail("ann@example.org"));

            service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER, Role.ADMIN), admin));
            service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.USER, Role.ADMIN), admin));
            service.setRoles(new SetUserRolesCommand(ann.id(), Set.of(Role.ADMIN), admin));

            assertThat(audit.events())
                    .extracting(AuditEvent::type, AuditEvent::detail, event -> event.subject().orElseThrow().email().value())
                    .containsExactly(
                            tuple(AuditEventType.ROLE_GRANTED, "admin", "ann@example.org"),
                            tuple(AuditEventType.ROLE_REVOKED, "user", "ann@example.org"));
            assertThat(audit.events()).allSatisfy(event -> {
                assertThat(event.actor()).contains(admin.audited());
                assertThat(event.origin()).isEqualTo(TestOrigins.BROWSER);
            });
        }

        @Test
        void aRefusedChangeLeavesNoAuditRow() {
            User root = stored(aUser().withRoles(Role.ADMIN));

            assertThatThrownBy(() -> service.setRoles(new SetUserRolesCommand(root.id(), Set.of(Role.USER), admin)))
                    .isInstanceOf(LastAdminException.class);

            assertThat(audit.events()).isEmpty();
        }
    }

    @Nested
    class DisablingAndEnabling {

        private final DisableUserService disable = new DisableUserService(users, sessions, transactions, audit, clock);
        private final EnableUserService enable = new EnableUserService(users, transactions, audit, clock);

        @Test
        void disablingShutsTheAccountAndEndsAllItsSessionsAtOnce() {
            User ann = stored(aUser());
            sessionOf(ann);
            sessionOf(ann);

            User disabled = disable.disable(ann.id(), admin);

            assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
            assertThat(users.findById(ann.id()).orElseThrow().disabled()).isTrue();
            assertThat(sessions.findByUser(ann.id())).isEmpty();
        }

        @Test
        void refusesToDisableTheLastActiveAdmin() {
            User root = stored(aUser().withRoles(Role.ADMIN));
            sessionOf(root);

            assertThatThrownBy(() -> disable.disable(root.id(), admin)).isInstanceOf(LastAdminException.class);

            assertThat(users.findById(root.id()).orElseThrow().active()).isTrue();
            assertThat(sessions.findByUser(root.id())).hasSize(1);
        }

        @Test
        void disablesAnAdminWhileAnotherActiveAdminRemains() {
            User root = stored(aUser().withRoles(Role.ADMIN));
            stored(aUser().withRoles(Role.ADMIN));

            assertThat(disable.disable(root.id(), admin).disabled()).isTrue();
        }

        @Test
        void enablingOpensADisabledAccountAgain() {
            User ann = stored(aUser().inactive());

            User enabled = enable.enable(ann.id(), admin);

            assertThat(enabled.active()).isTrue();
            assertThat(users.findById(ann.id()).orElseThrow().active()).isTrue();
        }

        @Test
        void enablingAnActiveAccountChangesNothing() {
            User ann = stored(aUser());

            assertThat(enable.enable(ann.id(), admin).active()).isTrue();
            assertThat(users.updateCalls()).isZero();
        }

        @Test
        void enablingAPendingAccountIsRefused() {
            User pending = stored(aUser().pending().withoutPassword());

            assertThatThrownBy(() -> enable.enable(pending.id(), admin)).isInstanceOf(AccountPendingException.class);
            assertThat(users.findById(pending.id()).orElseThrow().pending()).isTrue();
        }

        @Test
        void unknownUserIsNotFound() {
            assertThatThrownBy(() -> disable.disable(unknownId(), admin)).isInstanceOf(UserNotFoundException.class);
            assertThatThrownBy(() -> enable.enable(unknownId(), admin)).isInstanceOf(UserNotFoundException.class);
        }

        @Test
        void auditsDisablingAndEnablingButNotAnEnableThatChangedNothing() {
            User ann = stored(aUser().withEmail("ann@example.org"));

            disable.disable(ann.id(), admin);
            enable.enable(ann.id(), admin);
            enable.enable(ann.id(), admin);

            assertThat(audit.events()).extracting(AuditEvent::type)
                    .containsExactly(AuditEventType.USER_DISABLED, AuditEventType.USER_ENABLED);
            assertThat(audit.events()).allSatisfy(event -> {
                assertThat(event.actor()).contains(admin.audited());
                assertThat(event.subject().orElseThrow().id()).contains(ann.id());
            });
        }
    }

    @Nested
    class CreatingOrPromotingAdmins {

        private final CreateOrPromoteAdminService service =
                new CreateOrPromoteAdminService(users, sessions, ids, transactions, audit, clock);

        @Test
        void createsAnActiveAdminWithoutPasswordForAnUnknownAddress() {
            User created = service.createOrPromote(EmailAddress.of("Root@Example.org"));

            User stored = users.findByEmail(EmailAddress.of("root@example.org")).orElseThrow();
            assertThat(stored.id()).isEqualTo(created.id()).isEqualTo(SequentialIds.userId(1));
            assertThat(stored.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
            assertThat(stored.active()).isTrue();
            assertThat(stored.passwordHash()).isEmpty();
            assertThat(stored.createdAt()).isEqualTo(clock.instant());
        }

        @Test
        void promotesAnExistingUserKeepingItsPasswordAndEndingItsSessions() {
            User ann = stored(aUser());
            sessionOf(ann);

            User promoted = service.createOrPromote(ann.email());

            assertThat(promoted.id()).isEqualTo(ann.id());
            User stored = users.findById(ann.id()).orElseThrow();
            assertThat(stored.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
            assertThat(stored.passwordHash()).isEqualTo(ann.passwordHash());
            assertThat(sessions.findByUser(ann.id())).isEmpty();
            assertThat(users.size()).isEqualTo(1);
        }

        @Test
        void activatesAPendingAccountAndEnablesADisabledOne() {
            User pending = stored(aUser().pending().withoutPassword());
            User disabled = stored(aUser().inactive());

            assertThat(service.createOrPromote(pending.email()).active()).isTrue();
            assertThat(service.createOrPromote(disabled.email()).active()).isTrue();
            assertThat(users.countActiveAdmins()).isEqualTo(2);
        }

        @Test
        void anExistingActiveAdminIsLeftAsItIs() {
            User root = stored(aUser().withRoles(Role.USER, Role.ADMIN));
            sessionOf(root);

            service.createOrPromote(root.email());

            assertThat(users.updateCalls()).isZero();
            assertThat(sessions.findByUser(root.id())).hasSize(1);
        }

        @Test
        void theCommandIsAuditedAsComingFromTheCommandLineWithoutActor() {
            User pat = stored(aUser().withEmail("pat@example.org").inactive());

            service.createOrPromote(EmailAddress.of("root@example.org"));
            service.createOrPromote(pat.email());

            assertThat(audit.events())
                    .extracting(AuditEvent::type, event -> event.subject().orElseThrow().email().value(), AuditEvent::detail)
                    .containsExactly(
                            tuple(AuditEventType.REGISTERED, "root@example.org", "create-admin"),
                            tuple(AuditEventType.ROLE_GRANTED, "root@example.org", "admin"),
                            tuple(AuditEventType.ROLE_GRANTED, "pat@example.org", "admin"),
                            tuple(AuditEventType.USER_ENABLED, "pat@example.org", "create-admin"));
            assertThat(audit.events()).allSatisfy(event -> {
                assertThat(event.actor()).isEmpty();
                assertThat(event.origin()).isEqualTo(RequestOrigin.commandLine());
            });
        }
    }
}
