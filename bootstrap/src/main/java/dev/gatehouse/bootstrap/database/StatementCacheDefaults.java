package dev.gatehouse.bootstrap.database;

import io.dropwizard.db.DataSourceFactory;
import java.util.Map;

/**
 * Turns on Connector/J's per-connection cache of parsed statements unless {@code database.properties}
 * says otherwise. Without it the driver parses the text of every prepared statement again, on every
 * request: a fifth of the driver's time in a session check (see docs/benchmarks.md). The size limit
 * is raised because the session lookup, the statement that runs most, is longer than the default 256
 * characters; 250 statements hold every statement the server has.
 */
public final class StatementCacheDefaults {

    static final Map<String, String> DRIVER_PROPERTIES = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "4096");

    private StatementCacheDefaults() {
    }

    public static DataSourceFactory applyTo(DataSourceFactory dataSource) {
        DRIVER_PROPERTIES.forEach(dataSource.getProperties()::putIfAbsent);
        return dataSource;
    }
}
