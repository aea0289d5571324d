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
    void appliesOnceAndThenChangesNothing() {
        TestDatabase database = DATABASE.database();

        database.migrate();
        List<Map<String, Object>> afterFirst = columns(database);
        database.migrate();

        assertThat(tables(database)).containsExactlyInAnyOrder(
                "DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "sessions", "user_roles", "users");
        assertThat(columns(database)).isEqualTo(afterFirst);
        int applied = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM DATABASECHANGELOG").mapTo(Integer.class).one());
        assertThat(applied).isEqualTo(6);
    }

    @Test
    void comparesIdentifiersHashesAndAddressesByteForByte() {
        TestDatabase database = DATABASE.database().migrate();

        assertThat(collation(database, "users", "id")).isEqualTo("ascii_bin");
        assertThat(collation(database, "users", "email")).isEqualTo("utf8mb4_bin");
        assertThat(collation(database, "sessions", "token_hash")).isEqualTo("ascii_bin");
        assertThat(collation(database, "sessions", "user_agent")).startsWith("utf8mb4_");
    }

    @Test
    void usesInnoDbForEveryTableSoForeignKeysAndTransactionsHold() {
        TestDatabase database = DATABASE.database().migrate();

        List<String> engines = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT engine FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_name IN ('users', 'user_roles', 'sessions')""")
                .mapTo(String.class).list());
        assertThat(engines).containsExactly("InnoDB", "InnoDB", "InnoDB");
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

    private static String collation(TestDatabase database, String table, String column) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT collation_name FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = :table AND column_name = :column""")
                .bind("table", table).bind("column", column)
                .mapTo(String.class).one());
    }
}
