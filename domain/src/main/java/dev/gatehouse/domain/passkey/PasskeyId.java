package dev.gatehouse.domain.passkey;

import java.util.Objects;
import java.util.UUID;

/** Our own name for a registered passkey, random like every id; never the authenticator's credential id. */
public record PasskeyId(UUID value) {

    public PasskeyId {
        Objects.requireNonNull(value, "value");
    }

    public static PasskeyId random() {
        return new PasskeyId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException for text that is not an id */
    public static PasskeyId parse(String text) {
        return new PasskeyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
