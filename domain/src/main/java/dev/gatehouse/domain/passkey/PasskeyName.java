package dev.gatehouse.domain.passkey;

import java.util.Objects;
import java.util.Optional;

/**
 * What the owner calls a passkey in their list ("Laptop", "Phone"): 1 to 64 characters of text
 * once trimmed, no control characters. A passkey added without one is called {@value #DEFAULT}.
 */
public record PasskeyName(String value) {

    public static final int MAX_LENGTH = 64;
    public static final String DEFAULT = "Passkey";

    public PasskeyName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || !value.strip().equals(value) || value.codePointCount(0, value.length()) > MAX_LENGTH
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a passkey name has 1 to " + MAX_LENGTH
                    + " characters, no control characters and no surrounding spaces");
        }
    }

    /** The name as typed, trimmed; the default for none or only spaces. */
    public static PasskeyName ofTyped(Optional<String> typed) {
        return typed.map(String::strip).filter(text -> !text.isEmpty()).map(PasskeyName::new)
                .orElseGet(() -> new PasskeyName(DEFAULT));
    }
}
