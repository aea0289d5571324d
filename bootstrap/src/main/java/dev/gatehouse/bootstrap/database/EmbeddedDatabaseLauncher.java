package dev.gatehouse.bootstrap.database;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.config.EmbeddedDatabaseFactory;
import dev.gatehouse.persistence.embedded.EmbeddedMariaDb;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;

/**
 * Brings the embedded MariaDB up for whichever command needs the database first (the server or a
 * {@code db} command) and points the data source at it. Registered as {@link Managed} by the
 * server so it stops after the connection pool; a shutdown hook stops it after other commands.
 */
public final class EmbeddedDatabaseLauncher implements Managed {

    private EmbeddedMariaDb server;

    public synchronized DataSourceFactory prepare(GatehouseConfiguration configuration) {
        DataSourceFactory dataSource = configuration.getDataSourceFactory();
        EmbeddedDatabaseFactory embedded = configuration.getEmbeddedDatabase();
        if (!embedded.isEnabled()) {
            return dataSource;
        }
        if (server == null) {
            server = EmbeddedMariaDb.start(Path.of(embedded.getDataDir()), embedded.getPort());
            server.createDatabaseIfMissing(embedded.getDatabaseName());
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-mariadb-stop"));
        }
        dataSource.setUrl(server.jdbcUrl(embedded.getDatabaseName()));
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        return dataSource;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
