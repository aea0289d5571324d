package dev.gatehouse.domain.password;

import java.util.Objects;

/**
 * A password as the person typed it. Exists only in memory on its way to the hasher; its
 * {@code toString} is redacted so that no log line or exception message can carry it.
 */
public record ClearTextPassword(String value) {

    public ClearTextPassword {
        Objects.requireNonNull(value, "value");
    }

    public int codePointLength() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public String toString() {
        return "ClearTextPassword[redacted]";
    }
}
