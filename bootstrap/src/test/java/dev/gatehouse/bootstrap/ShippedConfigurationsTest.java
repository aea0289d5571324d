package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.observability.RequestLogFormat;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.health.DefaultHealthFactory;
import io.dropwizard.health.HealthCheckConfiguration;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The configurations in {@code config/} parse and validate as the server would read them, and
 * production's keeps the settings that {@code docs/configuration.md} and {@code docs/operations.md} promise.
 */
class ShippedConfigurationsTest {

    /** Only the variables production.yml requires; everything else takes its default. */
    private static final Map<String, String> REQUIRED_ENVIRONMENT = Map.of(
            "DATABASE_URL", "jdbc:mysql://db:3306/gatehouse?sslMode=REQUIRED",
            "DATABASE_USER", "gatehouse",
            "DATABASE_PASSWORD", "secret",
            "CODE_HASH_KEY", "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTMyYnl0ZXMhIQ==",
            "MAIL_SENDER", "Gatehouse <no-reply@example.org>",
            "PUBLIC_BASE_URL", "https://login.example.org",
            "SMTP_HOST", "smtp.example.org");

    private static GatehouseConfiguration read(String file, Map<String, String> environment) throws Exception {
        StringSubstitutor substitutor = new StringSubstitutor(environment);
        substitutor.setEnableUndefinedVariableException(true);
        return new YamlConfigurationFactory<>(GatehouseConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor),
                        "../config/" + file);
    }

    @Test
    void productionBoundsEveryDatabaseWaitAndDrainsBeforeStopping() throws Exception {
        GatehouseConfiguration production = read("production.yml", REQUIRED_ENVIRONMENT);

        DataSourceFactory database = production.getDataSourceFactory();
        assertThat(database.getMaxWaitForConnection()).isEqualTo(Duration.seconds(1));
        assertThat(database.getCheckConnectionOnBorrow()).isTrue();
        assertThat(database.getValidationInterval()).isEqualTo(Duration.seconds(1));
        assertThat(database.getProperties()).containsEntry("connectTimeout", "2000").containsEntry("socketTimeout", "30000");
        assertThat(((DefaultServerFactory) production.getServerFactory()).getShutdownGracePeriod())
                .isEqualTo(Duration.seconds(30));
        DefaultHealthFactory health = (DefaultHealthFactory) production.getHealthFactory().orElseThrow();
        assertThat(health.isDelayedShutdownHandlerEnabled()).isTrue();
        assertThat(health.getHealthCheckConfigurations())
                .extracting(HealthCheckConfiguration::getName, HealthCheckConfiguration::isCritical)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("database", true),
                        org.assertj.core.groups.Tuple.tuple("mail", false));
        assertThat(production.getSessions().secureCookies()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.yml", "embedded.yml", "production.yml"})
    void noRequestLogPrintsAQueryString(String file) throws Exception {
        GatehouseConfiguration configuration = read(file, REQUIRED_ENVIRONMENT);

        RequestLogFormat.applyDefault(configuration.getServerFactory());

        List<AbstractAppenderFactory<?>> appenders = RequestLogFormat.appenders(configuration.getServerFactory());
        assertThat(appenders).isNotEmpty().allSatisfy(appender -> {
            assertThat(appender.getLogFormat()).contains("%U");
            assertThat(RequestLogFormat.revealsQueries(appender.getLogFormat())).as(appender.getLogFormat()).isFalse();
        });
    }

    @Test
    void developmentNeedsNoEnvironment() throws Exception {
        GatehouseConfiguration development = read("dev.yml", Map.of());

        assertThat(development.getEmbeddedDatabase().isEnabled()).isTrue();
        assertThat(development.getDataSourceFactory().getProperties()).containsKeys("connectTimeout", "socketTimeout");
    }
}
