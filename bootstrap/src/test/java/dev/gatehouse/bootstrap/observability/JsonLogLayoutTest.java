package dev.gatehouse.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The JSON layout that docs/operations.md offers log collectors: configured as an operator would
 * (the {@code logging} block of a config file), each line is one JSON object with its level, logger
 * and message.
 */
class JsonLogLayoutTest {

    @TempDir
    Path directory;

    @Test
    void eachLineIsOneJsonObject() throws Exception {
        Path log = directory.resolve("gatehouse.log");
        String yaml = """
                level: INFO
                appenders:
                  - type: file
                    currentLogFilename: %s
                    archive: false
                    layout:
                      type: json
                """.formatted(log);
        Path config = directory.resolve("logging.yml");
        Files.writeString(config, yaml);
        DefaultLoggingFactory logging = new YamlConfigurationFactory<>(DefaultLoggingFactory.class, null,
                Jackson.newObjectMapper(), "dw").build(config.toFile());

        logging.configure(new MetricRegistry(), "gatehouse");
        try {
            LoggerFactory.getLogger("dev.gatehouse.example").info("Gatehouse wired in {} ms", 42);
        } finally {
            logging.stop();
            logging.reset();
        }

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).isNotEmpty();
        ObjectMapper json = new ObjectMapper();
        JsonNode last = json.readTree(lines.get(lines.size() - 1));
        assertThat(last.path("level").asText()).isEqualTo("INFO");
        assertThat(last.path("logger").asText()).isEqualTo("dev.gatehouse.example");
        assertThat(last.path("message").asText()).isEqualTo("Gatehouse wired in 42 ms");
        for (String line : lines) {
            assertThat(json.readTree(line).isObject()).as(line).isTrue();
        }
    }
}
