package dev.gatehouse.bootstrap.database;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.migrations.CloseableLiquibaseWithClassPathMigrationsFile;
import liquibase.Contexts;

/** Applies the changelog on its own short-lived connection pool, before the server's pool exists. */
public final class DatabaseMigrator {

    public static final String CHANGELOG = "db/gatehouse-changelog.xml";

    private DatabaseMigrator() {
    }

    public static void migrate(DataSourceFactory dataSourceFactory) throws Exception {
        ManagedDataSource dataSource = dataSourceFactory.build(new MetricRegistry(), "migrations");
        try (CloseableLiquibaseWithClassPathMigrationsFile liquibase =
                     new CloseableLiquibaseWithClassPathMigrationsFile(dataSource, CHANGELOG)) {
            liquibase.update(new Contexts());
        }
    }
}
