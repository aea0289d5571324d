package dev.gatehouse.persistence.testing;

import dev.gatehouse.persistence.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The one MySQL-protocol server of this JVM's tests, chosen on first use; see
 * {@link TestDatabaseExtension} for the order of choice.
 */
final class TestDatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabaseServer.class);
    private static final String MYSQL_IMAGE = "mysql:8.4";
    private static final String JDBC_PARAMETERS = "sslMode=DISABLED&allowPublicKeyRetrieval=true"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8";

    private static TestDatabaseServer shared;

    private final String description;
    private final UnaryOperator<String> urlOfDatabase;
    private final String user;
    private final String password;

    private TestDatabaseServer(String description, UnaryOperator<String> urlOfDatabase, String user, String password) {
        this.description = description;
        this.urlOfDatabase = urlOfDatabase;
        this.user = user;
        this.password = password;
    }

    static synchronized TestDatabaseServer shared() {
        if (shared == null) {
            long started = System.nanoTime();
            shared = choose();
            LOG.info("Test databases live on {} (ready in {} ms)", shared.description,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return shared;
    }

    private static TestDatabaseServer choose() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabaseServer("TEST_DATABASE_URL " + withDatabase(url, ""),
                    database -> withDatabase(url, database),
                    orDefault(System.getenv("TEST_DATABASE_USER"), "root"),
                    orDefault(System.getenv("TEST_DATABASE_PASSWORD"), ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        LOG.info("No TEST_DATABASE_URL and no Docker engine: starting an embedded MariaDB");
        return startEmbedded();
    }

    private static TestDatabaseServer startContainer() {
        MySQLContainer container = new MySQLContainer(MYSQL_IMAGE).withUsername("root").withPassword("test");
        container.start();
        String server = "jdbc:mysql://" + container.getHost() + ":" + container.getMappedPort(MySQLContainer.MYSQL_PORT) + "/";
        // Testcontainers' Ryuk removes the container when this JVM ends.
        return new TestDatabaseServer("Testcontainers " + MYSQL_IMAGE + " at " + server,
                database -> server + database + "?" + JDBC_PARAMETERS, "root", container.getPassword());
    }

    private static TestDatabaseServer startEmbedded() {
        Path root;
        try {
            root = Files.createTempDirectory("gatehouse-test-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedMariaDb db;
        try {
            db = EmbeddedMariaDb.start(root.resolve("data"), 0);
        } catch (RuntimeException e) {
            deleteRecursively(root);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.stop();
            deleteRecursively(root);
        }, "stop embedded test MariaDB"));
        return new TestDatabaseServer("embedded MariaDB on port " + db.port(), db::jdbcUrl, db.user(), db.password());
    }

    TestDatabase create(String name) {
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(name, urlOfDatabase.apply(name), user, password);
    }

    void drop(String name) {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(urlOfDatabase.apply(""), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database server " + description + " refused: " + sql, e);
        }
    }

    /** Replaces the database part of a MySQL JDBC URL, keeping host, port and parameters. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int hostStart = base.indexOf("//");
        int path = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
        String server = path < 0 ? base : base.substring(0, path);
        return server + "/" + database + parameters;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover directory in /tmp is no reason to fail a JVM that is exiting anyway.
        }
    }
}
