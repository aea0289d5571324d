package dev.gatehouse.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md has a table row for every key of Gatehouse's own configuration classes (its
 * first cell names the key as a code span: {@code `sessions.cacheTtl`}) and names every environment
 * variable the shipped configurations read.
 */
class ConfigurationReferenceTest {

    private static final String SETTINGS_PACKAGE = "dev.gatehouse.bootstrap.config";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @Test
    void everyKeyOfTheConfigurationClassesHasARow() {
        String firstCells = String.join("\n", reference().lines()
                .filter(line -> line.startsWith("| "))
                .map(line -> line.substring(2, Math.max(2, line.indexOf(" |", 2))))
                .toList());
        List<String> missing = new ArrayList<>();
        for (String key : keys()) {
            if (!Pattern.compile("`" + Pattern.quote(key) + "[`.\\[]").matcher(firstCells).find()) {
                missing.add(key);
            }
        }
        assertThat(keys()).contains("sessions.cacheTtl", "mail.smtp.tls", "serviceName", "database");
        assertThat(missing).as("keys missing from docs/configuration.md").isEmpty();
    }

    @Test
    void everyVariableOfTheShippedConfigurationsIsDocumented() throws IOException {
        String reference = reference();
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.list(RepositoryDocs.root().resolve("config"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yml")).toList()) {
                Matcher variable = VARIABLE.matcher(Files.readString(file));
                while (variable.find()) {
                    variables.add(variable.group(1));
                }
            }
        }
        assertThat(variables).contains("DATABASE_URL", "CODE_HASH_KEY");
        assertThat(variables.stream().filter(name -> !reference.contains("`" + name + "`")))
                .as("environment variables missing from docs/configuration.md").isEmpty();
    }

    /**
     * The dotted keys Jackson reads into the configuration: Gatehouse's own fields of
     * {@link GatehouseConfiguration} (Dropwizard's sections are its own), and inside Gatehouse's
     * settings classes every {@code @JsonProperty} field, nested settings classes followed.
     */
    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (Field field : GatehouseConfiguration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                collect(name(field), field.getType(), keys);
            }
        }
        return keys;
    }

    private static void collect(String key, Class<?> type, Set<String> keys) {
        if (!type.getPackageName().equals(SETTINGS_PACKAGE)) {
            keys.add(key);
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(JsonProperty.class) && !Modifier.isStatic(field.getModifiers())) {
                collect(key + "." + name(field), field.getType(), keys);
            }
        }
    }

    private static String name(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? field.getName() : property.value();
    }

    private static String reference() {
        return RepositoryDocs.read(RepositoryDocs.root().resolve("docs/configuration.md"));
    }
}
