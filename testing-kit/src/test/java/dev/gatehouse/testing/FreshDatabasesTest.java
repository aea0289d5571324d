package dev.gatehouse.testing;

import static dev.gatehouse.testing.ClientJourney.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Gatehouse starts on a database of its own and leaves nothing behind. */
class FreshDatabasesTest {

    @Test
    void aSecondGatehouseOnAGivenServerGetsItsOwnDatabaseWhichIsDroppedAfterwards() throws Exception {
        Path embeddedFiles;
        try (InProcessGatehouse first = InProcessGatehouse.start("first", new KitDatabase.Embedded(), Map.of())) {
            embeddedFiles = first.files().workDirectory();
            first.client().registerVerified("same@example.org", PASSWORD);
            String serverUrl = first.databaseUrl();

            KitDatabase.OnServer onServer = new KitDatabase.OnServer(serverUrl, "root", "");
            try (InProcessGatehouse second = InProcessGatehouse.start("second", onServer, Map.of())) {
                assertThat(second.databaseUrl()).contains("/" + onServer.name() + "?");
                assertThat(second.client().registerVerified("same@example.org", PASSWORD).email())
                        .isEqualTo("same@example.org");
                assertThat(databases(serverUrl)).contains(onServer.name());
            }

            assertThat(databases(serverUrl)).doesNotContain(onServer.name());
        }
        assertThat(embeddedFiles).doesNotExist();
        assertThat(embeddedFiles.resolveSibling(embeddedFiles.getFileName() + "-mariadb")).doesNotExist();
        assertThat(Files.exists(embeddedFiles.getParent())).isTrue();
    }

    @Test
    void aGatehouseThatCannotStartLeavesNoFilesBehind() throws Exception {
        Path root = KitFiles.root();
        Files.createDirectories(root);
        long before = runsIn(root);

        assertThatThrownBy(() -> InProcessGatehouse.start("invalid", new KitDatabase.Embedded(),
                Map.of("passwords.minLength", "3")))
                .hasStackTraceContaining("minLength");

        assertThat(runsIn(root)).isEqualTo(before);
    }

    private static long runsIn(Path root) throws Exception {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("run-")).count();
        }
    }

    private static String databases(String serverUrl) throws SQLException {
        StringBuilder names = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
             ResultSet rows = connection.createStatement().executeQuery("SHOW DATABASES")) {
            while (rows.next()) {
                names.append(rows.getString(1)).append('\n');
            }
        }
        return names.toString();
    }
}
