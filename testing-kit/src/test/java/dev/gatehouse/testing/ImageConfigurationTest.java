package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;

/**
 * The two configurations the image ships, read as the app reads them (strict substitution) with the
 * environment {@link GatehouseContainer} gives the container.
 */
class ImageConfigurationTest {

    private static final Path CONFIG = Path.of("..", "config");

    private static Map<String, String> containerEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "ADMIN_BIND_HOST", "0.0.0.0",
                "CODE_HASH_KEY", "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTMyYnl0ZXMhIQ==",
                "MAIL_SENDER", "Gatehouse <no-reply@gatehouse.test>",
                "PUBLIC_BASE_URL", "http://localhost:8080",
                "CODE_RESEND_INTERVAL", "0s",
                "MAIL_DELIVERY_INTERVAL", "100ms",
                "SMTP_HOST", "host.testcontainers.internal",
                "SMTP_PORT", "2525",
                "SMTP_TLS", "none",
                "MAIL_TRANSPORT", "smtp"));
        return environment;
    }

    private static GatehouseConfiguration read(String file, Map<String, String> environment) throws Exception {
        StringSubstitutor substitutor = new StringSubstitutor(environment);
        substitutor.setEnableUndefinedVariableException(true);
        return new YamlConfigurationFactory<>(GatehouseConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor),
                        CONFIG.resolve(file).toString());
    }

    @Test
    void theEmbeddedConfigurationPointsCommandsAtTheServersOwnDatabase() throws Exception {
        GatehouseConfiguration embedded = read("embedded.yml", containerEnvironment());

        assertThat(embedded.getEmbeddedDatabase().isEnabled()).isTrue();
        assertThat(embedded.getDataSourceFactory().getUrl())
                .startsWith("jdbc:mysql://127.0.0.1:" + embedded.getEmbeddedDatabase().getPort() + "/"
                        + embedded.getEmbeddedDatabase().getDatabaseName() + "?");
        assertThat(embedded.getMail().smtp().settings().toString())
                .contains("host=host.testcontainers.internal", "port=2525", "tls=NONE");
    }

    @Test
    void theEmbeddedConfigurationNeedsNoEnvironment() throws Exception {
        GatehouseConfiguration embedded = read("embedded.yml", Map.of());

        assertThat(embedded.getMail().transport().name()).isEqualTo("LOG");
        assertThat(embedded.getMail().smtp().settings().toString()).contains("tls=STARTTLS");
    }

    @Test
    void productionReadsTheContainersEnvironmentAndNeedsItsDatabase() throws Exception {
        Map<String, String> environment = containerEnvironment();
        assertThatThrownBy(() -> read("production.yml", environment)).hasMessageContaining("DATABASE_URL");

        environment.putAll(Map.of("DATABASE_URL", "jdbc:mysql://gatehouse-db:3306/test",
                "DATABASE_USER", "test", "DATABASE_PASSWORD", "test"));
        GatehouseConfiguration production = read("production.yml", environment);

        assertThat(production.getEmbeddedDatabase().isEnabled()).isFalse();
        assertThat(production.getMail().deliveryInterval()).hasMillis(100);
        assertThat(production.getCodes().hashKey()).isEqualTo(environment.get("CODE_HASH_KEY"));
    }
}
