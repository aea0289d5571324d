package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChangelogTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    @Test
    void appliesOnceAndThenChangesNothing() throws Exception {
        TestDatabase database = DATABASE.database();

        database.migrate();
        List<Map<String, Object>> afterFirst = columns(database);
        database.migrate();

        assertThat(tables(database)).containsExactlyInAnyOrder("DATABASECHANGELOG", "DATABASECHANGELOGLOCK",
                "sessions", "user_roles", "users", "login_codes", "code_failures", "mail_outbox", "audit_events",
                "attempt_counters", "scheduled_job_turns", "session_data", "email_changes",
                "session_revocations", "totp_credentials", "recovery_codes", "second_factor_challenges",
                "session_reauthentications", "passkeys", "passkey_challenges");
        assertThat(columns(database)).isEqualTo(afterFirst);
        int applied = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM DATABASECHANGELOG").mapTo(Integer.class).one());
        assertThat(applied).isEqualTo(changeSetsInTheChangelog());
    }

    /** Every changeset of the file, counted from the file itself, so that none is skipped or applied twice. */
    private static int changeSetsInTheChangelog() throws java.io.IOException {
        try (java.io.InputStream changelog = ChangelogTest.class.getResourceAsStream("/db/gatehouse-changelog.xml")) {
            String xml = new String(changelog.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return (int) java.util.regex.Pattern.compile("<changeSet ").matcher(xml).results().count();
        }
    }

    /** ASVS 6.3.2: no default account (root, admin, sa) or anything to sign in with ships in the schema. */
    @Test
    void aFreshlyMigratedSchemaHoldsNoAccountNoRoleNoSessionAndNoCode() {
        TestDatabase database = DATABASE.database().migrate();

        List<String> tables = tables(database).stream().filter(table -> !table.startsWith("DATABASECHANGELOG")).toList();
        assertThat(tables).contains("users", "user_roles", "sessions", "session_data", "login_codes");
        for (String table : tables) {
            int rows = database.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT COUNT(*) FROM `" + table + "`").mapTo(Integer.class).one());
            assertThat(rows).as("rows in %s", table).isZero();
        }
    }

    @Test
    void comparesIdentifiersHashesAndAddressesByteForByte() {
        TestDatabase database = DATABASE.database().migrate();

        assertThat(collation(database, "users", "id")).isEqualTo("ascii_bin");
        assertThat(collation(database, "users", "email")).isEqualTo("utf8mb4_bin");
        assertThat(collation(database, "sessions", "token_hash")).isEqualTo("ascii_bin");
        assertThat(collation(database, "sessions", "replaced_token_hash")).isEqualTo("ascii_bin");
        assertThat(collation(database, "sessions", "user_agent")).startsWith("utf8mb4_");
        assertThat(collation(database, "users", "status")).isEqualTo("ascii_bin");
        assertThat(collation(database, "login_codes", "purpose")).isEqualTo("ascii_bin");
        assertThat(collation(database, "login_codes", "code_hash")).isEqualTo("ascii_bin");
        assertThat(collation(database, "mail_outbox", "kind")).isEqualTo("ascii_bin");
        assertThat(collation(database, "mail_outbox", "recipient")).isEqualTo("utf8mb4_bin");
        assertThat(collation(database, "email_changes", "user_id")).isEqualTo("ascii_bin");
        assertThat(collation(database, "email_changes", "new_email")).isEqualTo("utf8mb4_bin");
        assertThat(collation(database, "sessions", "sign_in_method")).isEqualTo("ascii_bin");
    }

    @Test
    void keepsPasskeysAndTheirChallengesByteForByteAndEndsThemWithTheirUser() {
        TestDatabase database = DATABASE.database().migrate();

        assertThat(collation(database, "passkeys", "user_id")).isEqualTo("ascii_bin");
        assertThat(collation(database, "passkeys", "name")).isEqualTo("utf8mb4_bin");
        assertThat(collation(database, "passkey_challenges", "challenge_hash")).isEqualTo("ascii_bin");
        assertThat(collation(database, "passkey_challenges", "purpose")).isEqualTo("ascii_bin");
        List<String> cascading = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT table_name FROM information_schema.referential_constraints
                        WHERE constraint_schema = DATABASE() AND referenced_table_name = 'users' AND delete_rule = 'CASCADE'
                          AND table_name IN ('passkeys', 'passkey_challenges')""")
                .mapTo(String.class).list());
        assertThat(cascading).containsExactlyInAnyOrder("passkeys", "passkey_challenges");
    }

    @Test
    void aPendingChangeOfAddressEndsWithItsUser() {
        TestDatabase database = DATABASE.database().migrate();

        List<String> rules = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT CONCAT(table_name, ':', referenced_table_name, ':', delete_rule)
                        FROM information_schema.referential_constraints
                        WHERE constraint_schema = DATABASE() AND table_name = 'email_changes'""")
                .mapTo(String.class).list());
        assertThat(rules).containsExactly("email_changes:users:CASCADE");
        assertThat(indexColumns(database, "email_changes", "PRIMARY")).containsExactly("user_id");
        assertThat(indexColumns(database, "email_changes", "ix_email_changes_requested_at")).containsExactly("requested_at");
    }

    @Test
    void keepsTheOutboxsCodesSealedOnlyAndLetsNoticesGoWithout() {
        TestDatabase database = DATABASE.database().migrate();

        List<Map<String, Object>> columns = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT column_name, column_type, is_nullable FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = 'mail_outbox'
                          AND column_name IN ('code', 'sealed_code')""")
                .mapToMap().list());
        assertThat(columns).singleElement().satisfies(sealed -> {
            assertThat(sealed.get("column_name")).isEqualTo("sealed_code");
            assertThat(sealed.get("column_type")).isEqualTo("varbinary(64)");
            // A notice carries no code; a code mail's code is never stored any other way.
            assertThat(sealed.get("is_nullable")).isEqualTo("YES");
        });
    }

    @Test
    void replacesTheActiveFlagWithAMandatoryStatus() {
        TestDatabase database = DATABASE.database().migrate();

        List<Map<String, Object>> users = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT column_name, column_type, is_nullable FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = 'users' AND column_name IN ('active', 'status')""")
                .mapToMap().list());
        assertThat(users).singleElement().satisfies(status -> {
            assertThat(status.get("column_name")).isEqualTo("status");
            assertThat(status.get("column_type")).isEqualTo("varchar(16)");
            assertThat(status.get("is_nullable")).isEqualTo("NO");
        });
    }

    @Test
    void indexesWhatThePurgesAndTheMailClaimSearchBy() {
        TestDatabase database = DATABASE.database().migrate();

        assertThat(indexColumns(database, "users", "ix_users_status_created_at")).containsExactly("status", "created_at");
        assertThat(indexColumns(database, "login_codes", "PRIMARY")).containsExactly("id");
        assertThat(indexColumns(database, "login_codes", "ix_login_codes_user_id_purpose")).containsExactly("user_id", "purpose");
        assertThat(indexColumns(database, "login_codes", "ix_login_codes_expires_at")).containsExactly("expires_at");
        assertThat(indexColumns(database, "code_failures", "ix_code_failures_user_id_failed_at"))
                .containsExactly("user_id", "failed_at");
        assertThat(indexColumns(database, "code_failures", "ix_code_failures_failed_at")).containsExactly("failed_at");
        assertThat(indexColumns(database, "mail_outbox", "ix_mail_outbox_next_attempt_at")).containsExactly("next_attempt_at");
        assertThat(indexColumns(database, "sessions", "ix_sessions_remember_me_last_seen_at"))
                .containsExactly("remember_me", "last_seen_at");
        assertThat(indexColumns(database, "session_revocations", "ix_session_revocations_created_at"))
                .containsExactly("created_at");
    }

    @Test
    void deletesCodesAndFailuresWithTheirUser() {
        TestDatabase database = DATABASE.database().migrate();

        List<String> rules = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT CONCAT(table_name, ':', referenced_table_name, ':', delete_rule)
                        FROM information_schema.referential_constraints
                        WHERE constraint_schema = DATABASE() AND table_name IN ('login_codes', 'code_failures')""")
                .mapTo(String.class).list());
        assertThat(rules).containsExactlyInAnyOrder("login_codes:users:CASCADE", "code_failures:users:CASCADE");
    }

    @Test
    void usesInnoDbForEveryTableSoForeignKeysAndTransactionsHold() {
        TestDatabase database = DATABASE.database().migrate();

        List<String> engines = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT engine FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_name NOT LIKE 'DATABASECHANGELOG%'""")
                .mapTo(String.class).list());
        assertThat(engines).hasSize(tables(database).size() - 2).containsOnly("InnoDB");
    }

    private static List<String> tables(TestDatabase database) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
                .mapTo(String.class).list());
    }

    private static List<Map<String, Object>> columns(TestDatabase database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT table_name, column_name, column_type, is_nullable, collation_name
                        FROM information_schema.columns WHERE table_schema = DATABASE()
                        ORDER BY table_name, ordinal_position""")
                .mapToMap().list());
    }

    private static List<String> indexColumns(TestDatabase database, String table, String index) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT column_name FROM information_schema.statistics
                        WHERE table_schema = DATABASE() AND table_name = :table AND index_name = :index
                        ORDER BY seq_in_index""")
                .bind("table", table).bind("index", index)
                .mapTo(String.class).list());
    }

    private static String collation(TestDatabase database, String table, String column) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT collation_name FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = :table AND column_name = :column""")
                .bind("table", table).bind("column", column)
                .mapTo(String.class).one());
    }
}
