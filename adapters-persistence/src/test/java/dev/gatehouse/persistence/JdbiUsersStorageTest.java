package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the contract cannot see: the unique index, the collation, the stored status and the cascades. */
class JdbiUsersStorageTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final Users users = new JdbiUsers(jdbi);
    private final TransactionRunner transactions = new JdbiTransactionRunner(jdbi);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void letsTheUniqueIndexDecideBetweenTwoRegistrationsThatBothPassedTheirCheck() throws Exception {
        EmailAddress address = uniqueEmail("race");
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        List<Future<?>> registrations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            User contender = aUser().withEmail(address).build();
            registrations.add(threads.submit(() -> transactions.inTransaction(() -> {
                assertThat(users.findByEmail(address)).isEmpty();
                await(bothChecked);
                users.add(contender);
            })));
        }

        List<Throwable> failures = new ArrayList<>();
        for (Future<?> registration : registrations) {
            try {
                registration.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(failures).singleElement().isInstanceOf(EmailAlreadyRegisteredException.class);
        assertThat(users.findByEmail(address)).isPresent();
    }

    @Test
    void keepsAddressesThatDifferOnlyInAccentsApart() {
        String local = UUID.randomUUID().toString().substring(0, 8);
        User jose = aUser().withEmail("jose-" + local + "@example.org").build();
        User josé = aUser().withEmail("josé-" + local + "@example.org").build();

        users.add(jose);
        users.add(josé);

        assertThat(users.findByEmail(jose.email())).map(User::id).contains(jose.id());
        assertThat(users.findByEmail(josé.email())).map(User::id).contains(josé.id());
    }

    @ParameterizedTest
    @EnumSource(AccountStatus.class)
    void storesTheStatusByItsStorageId(AccountStatus status) {
        User user = aUser().withStatus(status).build();

        users.add(user);

        assertThat(column(user, "status")).isEqualTo(status.id());
    }

    @Test
    void removingAPendingAccountTakesItsRolesSessionsCodesAndFailuresAlong() {
        Instant created = Instant.parse("2025-03-01T10:00:00Z");
        User pending = aUser().pending().withoutPassword().createdAt(created).build();
        users.add(pending);
        new JdbiSessions(jdbi).add(aSession().of(pending).createdAt(created).build());
        new JdbiIssuedCodes(jdbi).add(IssuedCode.issue(pending.id(), CodePurpose.SIGN_IN,
                new FakeCodeHasher().hash(pending.id(), CodePurpose.SIGN_IN, new OneTimeCode("123456")), created,
                CodeRules.DEFAULT), Duration.ZERO);
        new JdbiCodeFailures(jdbi).record(pending.id(), created);

        // Other tests of this class leave older pending accounts behind, which go too.
        assertThat(users.removePendingCreatedBefore(created.plusSeconds(1))).isPositive();

        for (String table : List.of("users", "user_roles", "sessions", "login_codes", "code_failures")) {
            String idColumn = table.equals("users") ? "id" : "user_id";
            int left = jdbi.withHandle(handle -> handle
                    .createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = :id")
                    .bind("id", pending.id().toString())
                    .mapTo(Integer.class)
                    .one());
            assertThat(left).as(table).isZero();
        }
    }

    private Object column(User user, String column) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM users WHERE id = :id")
                .bind("id", user.id().toString())
                .mapToMap()
                .one()
                .get(column));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
