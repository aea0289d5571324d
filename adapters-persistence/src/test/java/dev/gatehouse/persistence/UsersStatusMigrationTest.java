package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts stored under the first schema, with its active flag, keep their standing under the status column. */
class UsersStatusMigrationTest {

    /** The changesets of the first release, which knew only {@code users.active}. */
    private static final int FIRST_SCHEMA = 6;

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    @Test
    void activeAccountsBecomeActiveAndInactiveOnesDisabled() {
        TestDatabase database = DATABASE.database().migrateNext(FIRST_SCHEMA);
        UserId active = new UserId(UUID.randomUUID());
        UserId inactive = new UserId(UUID.randomUUID());
        insertUnderFirstSchema(database, active, "still-here@example.org", true);
        insertUnderFirstSchema(database, inactive, "shut-out@example.org", false);

        database.migrate();

        assertThat(statuses(database)).containsExactlyInAnyOrder("active", "disabled");
        JdbiUsers users = new JdbiUsers(database.jdbi());
        User stillActive = users.findById(active).orElseThrow();
        assertThat(stillActive.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(stillActive.roles()).containsExactly(Role.USER);
        assertThat(stillActive.passwordHash()).isPresent();
        assertThat(users.findById(inactive).orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);
    }

    private static void insertUnderFirstSchema(TestDatabase database, UserId id, String email, boolean active) {
        database.jdbi().useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO users (id, email, password_hash, active, created_at)
                            VALUES (:id, :email, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g', :active,
                                    '2024-06-01 12:00:00.000000')""")
                    .bind("id", id.toString()).bind("email", email).bind("active", active)
                    .execute();
            handle.createUpdate("INSERT INTO user_roles (user_id, role) VALUES (:id, 'user')")
                    .bind("id", id.toString())
                    .execute();
        });
    }

    private static List<String> statuses(TestDatabase database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM users")
                .mapTo(String.class).list());
    }
}
