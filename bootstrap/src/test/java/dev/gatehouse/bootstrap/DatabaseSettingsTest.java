package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The database settings bound every wait unless a configuration says otherwise. */
class DatabaseSettingsTest {

    private static DataSourceFactory read(String yaml) throws Exception {
        YamlConfigurationFactory<GatehouseConfiguration> factory = new YamlConfigurationFactory<>(
                GatehouseConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
        return factory.build(path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml")
                .getDataSourceFactory();
    }

    @Test
    void defaultsBoundThePoolWaitTheConnectAndEveryAnswer() throws Exception {
        DataSourceFactory database = read("database:\n  url: jdbc:mysql://db:3306/gatehouse\n");

        assertThat(database.getMaxWaitForConnection()).isEqualTo(Duration.seconds(1));
        assertThat(database.getCheckConnectionOnBorrow()).isTrue();
        assertThat(database.getValidationInterval()).isEqualTo(Duration.seconds(1));
        assertThat(database.getValidationQueryTimeout()).contains(Duration.seconds(2));
        assertThat(database.getProperties()).containsEntry("connectTimeout", "2000").containsEntry("socketTimeout", "30000")
                .containsEntry("sessionVariables", "innodb_lock_wait_timeout=5");
        assertThat(database.getDriverClass()).isEqualTo("com.mysql.cj.jdbc.Driver");
    }

    @Test
    void aConfiguredDriverPropertyJoinsTheDefaultsInsteadOfReplacingThem() throws Exception {
        DataSourceFactory database = read("database:\n  properties:\n    socketTimeout: \"0\"\n    sslMode: REQUIRED\n");

        assertThat(database.getProperties()).containsEntry("socketTimeout", "0").containsEntry("sslMode", "REQUIRED")
                .containsEntry("connectTimeout", "2000");
    }
}
