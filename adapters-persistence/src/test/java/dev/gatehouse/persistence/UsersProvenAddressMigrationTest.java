package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts stored before addresses were recorded as proven are grandfathered: every account that is
 * not pending counts as proven and keeps its password as proven; pending ones stay unproven.
 */
class UsersProvenAddressMigrationTest {

    /** The changesets before addresses were recorded as proven. */
    private static final int BEFORE_PROVEN_ADDRESSES = 29;

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    @Test
    void existingAccountsAreGrandfatheredAndPendingOnesStayUnproven() {
        TestDatabase database = DATABASE.database().migrateNext(BEFORE_PROVEN_ADDRESSES);
        UserId active = new UserId(UUID.randomUUID());
        UserId disabled = new UserId(UUID.randomUUID());
        UserId pending = new UserId(UUID.randomUUID());
        insert(database, active, "active", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
        insert(database, disabled, "disabled", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
        insert(database, pending, "pending", null);

        database.migrate();

        JdbiUsers users = new JdbiUsers(database.jdbi());
        User wasActive = users.findById(active).orElseThrow();
        assertThat(wasActive.emailVerified()).isTrue();
        assertThat(wasActive.passwordUnproven()).isFalse();
        assertThat(wasActive.registration()).isEmpty();
        assertThat(users.findById(disabled).orElseThrow().emailVerified()).isTrue();
        User wasPending = users.findById(pending).orElseThrow();
        assertThat(wasPending.emailVerified()).isFalse();
        assertThat(wasPending.passwordUnproven()).isFalse();
    }

    private static void insert(TestDatabase database, UserId id, String status, String passwordHash) {
        database.jdbi().useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO users (id, email, password_hash, status, created_at)
                            VALUES (:id, :email, :hash, :status, '2024-06-01 12:00:00.000000')""")
                    .bind("id", id.toString()).bind("email", status + "-" + id + "@example.org")
                    .bind("hash", passwordHash).bind("status", status)
                    .execute();
            handle.createUpdate("INSERT INTO user_roles (user_id, role) VALUES (:id, 'user')")
                    .bind("id", id.toString())
                    .execute();
        });
    }
}
