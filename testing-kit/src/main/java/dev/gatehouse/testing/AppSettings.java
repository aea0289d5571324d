package dev.gatehouse.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Gatehouse configuration file built from dotted keys ({@code mail.smtp.port}), written as YAML
 * for the app to read like any other configuration.
 */
final class AppSettings {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Object> root = new LinkedHashMap<>();

    AppSettings set(String dottedKey, Object value) {
        if (dottedKey == null || dottedKey.isBlank() || dottedKey.startsWith(".") || dottedKey.endsWith(".")) {
            throw new IllegalArgumentException("not a setting: " + dottedKey);
        }
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> section = root;
        for (int i = 0; i < parts.length - 1; i++) {
            section = sectionOf(section, parts[i], dottedKey);
        }
        section.put(parts[parts.length - 1], value);
        return this;
    }

    AppSettings copy() {
        AppSettings copy = new AppSettings();
        copy.root.putAll(deepCopy(root));
        return copy;
    }

    Path writeTo(Path file) {
        try {
            YAML.writeValue(file.toFile(), root);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sectionOf(Map<String, Object> parent, String name, String dottedKey) {
        Object existing = parent.computeIfAbsent(name, key -> new LinkedHashMap<String, Object>());
        if (!(existing instanceof Map)) {
            throw new IllegalArgumentException(dottedKey + ": " + name + " is a value, not a section");
        }
        return (Map<String, Object>) existing;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> nested
                ? deepCopy((Map<String, Object>) nested) : value));
        return copy;
    }
}
