package dev.gatehouse.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementCacheDefaultsTest {

    @Test
    void turnsTheDriversStatementCacheOnForStatementsAsLongAsTheSessionLookup() {
        DataSourceFactory dataSource = StatementCacheDefaults.applyTo(new DataSourceFactory());

        assertThat(dataSource.getProperties())
                .containsEntry("cachePrepStmts", "true")
                .containsEntry("prepStmtCacheSize", "250")
                .containsEntry("prepStmtCacheSqlLimit", "4096");
    }

    @Test
    void keepsWhatTheConfigurationSetsItself() {
        DataSourceFactory configured = new DataSourceFactory();
        configured.setProperties(new java.util.LinkedHashMap<>(Map.of("cachePrepStmts", "false", "useSSL", "true")));

        StatementCacheDefaults.applyTo(configured);

        assertThat(configured.getProperties())
                .containsEntry("cachePrepStmts", "false")
                .containsEntry("useSSL", "true")
                .containsEntry("prepStmtCacheSize", "250");
    }
}
