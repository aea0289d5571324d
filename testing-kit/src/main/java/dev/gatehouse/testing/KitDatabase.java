package dev.gatehouse.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Where the in-process Gatehouse keeps its data for one test class: a fresh embedded MariaDB of its
 * own, or a fresh database on a MySQL-protocol server the test names. Either is gone afterwards.
 */
sealed interface KitDatabase {

    /** Points the app's settings at this database, creating it where needed. */
    void configure(AppSettings settings, KitFiles files);

    /** Removes what {@link #configure} created. */
    void drop();

    /** The app's own embedded MariaDB, over a data directory of the run's own. */
    record Embedded() implements KitDatabase {

        @Override
        public void configure(AppSettings settings, KitFiles files) {
            settings.set("embeddedDatabase.enabled", true)
                    .set("embeddedDatabase.dataDir", files.beside("mariadb").toString())
                    .set("embeddedDatabase.port", 0);
        }

        @Override
        public void drop() {
            // The data directory is deleted with the run's other files.
        }
    }

    /** A database named {@code gatehouse_kit_<random>} on an existing server; the user needs CREATE and DROP. */
    final class OnServer implements KitDatabase {

        private final String serverUrl;
        private final String user;
        private final String password;
        private final String name = "gatehouse_kit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

        OnServer(String jdbcUrl, String user, String password) {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:mysql://") && !jdbcUrl.startsWith("jdbc:mariadb://")) {
                throw new IllegalArgumentException("expected a jdbc:mysql:// URL, got " + jdbcUrl);
            }
            this.serverUrl = jdbcUrl;
            this.user = user;
            this.password = password == null ? "" : password;
        }

        @Override
        public void configure(AppSettings settings, KitFiles files) {
            execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            settings.set("embeddedDatabase.enabled", false)
                    .set("database.url", withDatabase(serverUrl, name))
                    .set("database.user", user)
                    .set("database.password", password);
        }

        @Override
        public void drop() {
            execute("DROP DATABASE IF EXISTS `" + name + "`");
        }

        String name() {
            return name;
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(withDatabase(serverUrl, ""), user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("the database server at " + withDatabase(serverUrl, "")
                        + " refused: " + sql, e);
            }
        }

        /** Replaces the database part of a MySQL JDBC URL, keeping host, port and parameters. */
        static String withDatabase(String url, String database) {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            String parameters = query < 0 ? "" : url.substring(query);
            int hostStart = base.indexOf("//");
            int path = base.indexOf('/', hostStart + 2);
            String server = path < 0 ? base : base.substring(0, path);
            return server + "/" + database + parameters;
        }
    }
}
