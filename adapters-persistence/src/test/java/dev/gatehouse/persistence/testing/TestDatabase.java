package dev.gatehouse.persistence.testing;

import dev.gatehouse.persistence.JdbiSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * One database (schema) on the shared test server, made for one test class by
 * {@link TestDatabaseExtension}.
 */
public final class TestDatabase {

    /** The classpath resource of the Gatehouse Liquibase changelog. */
    public static final String CHANGELOG = "db/gatehouse-changelog.xml";

    // Liquibase logs through java.util.logging, at INFO a page per update. Held in a field because
    // java.util.logging keeps only weak references to loggers, which would drop the level.
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Jdbi jdbi;

    TestDatabase(String name, String jdbcUrl, String user, String password) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        // Set up as the server's is: the tests run the statements as production runs them.
        this.jdbi = JdbiSettings.applyTo(Jdbi.create(jdbcUrl, user, password).installPlugin(new SqlObjectPlugin()));
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * A {@link Jdbi} over this database with the {@link SqlObjectPlugin} and, as in the app, the
     * {@link RetryingTransactionHandler}; it opens a connection per handle.
     */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Applies the Gatehouse changelog to this database; a no-op when it is already applied. */
    public TestDatabase migrate() {
        applyChangelog(jdbcUrl, user, password);
        return this;
    }

    /**
     * Applies only the next {@code changesets} changesets not yet applied, for tests of a migration
     * over data that an older schema held.
     */
    public TestDatabase migrateNext(int changesets) {
        if (changesets < 1) {
            throw new IllegalArgumentException("changesets must be positive");
        }
        update(jdbcUrl, user, password, () -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, changesets));
        return this;
    }

    /**
     * Empties every table but Liquibase's own, for tests that need a known-empty store. The
     * repository contract tests do not: they use random ids and unique addresses.
     */
    public void truncateAllTables() {
        jdbi.useHandle(handle -> {
            List<String> tables = handle.createQuery("""
                            SELECT table_name FROM information_schema.tables
                            WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
                              AND table_name NOT LIKE 'DATABASECHANGELOG%'""")
                    .mapTo(String.class)
                    .list();
            // On the one connection of this handle, so the switch applies to every TRUNCATE.
            handle.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                tables.forEach(table -> handle.execute("TRUNCATE TABLE `" + table + "`"));
            } finally {
                handle.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        });
    }

    /** Applies the Gatehouse changelog to the database at {@code jdbcUrl} with Liquibase's update command. */
    public static void applyChangelog(String jdbcUrl, String user, String password) {
        update(jdbcUrl, user, password, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG));
    }

    /** Makes a Liquibase update command; its constructor may throw a checked exception. */
    @FunctionalInterface
    private interface UpdateCommand {
        CommandScope create() throws Exception;
    }

    private static void update(String jdbcUrl, String user, String password, UpdateCommand command) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(TestDatabase.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService(),
                    // Liquibase would otherwise try to send usage data home from every test run.
                    "liquibase.analytics.enabled", false);
            Scope.child(scope, () -> command.create()
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + jdbcUrl, e);
        } catch (Exception e) {
            throw new IllegalStateException("could not apply " + CHANGELOG + " to " + jdbcUrl, e);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + jdbcUrl + "]";
    }
}
