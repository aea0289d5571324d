package dev.gatehouse.domain.user;

import java.util.Objects;
import java.util.UUID;

/** Random, so that ids reveal neither how many users there are nor who registered when. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId parse(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
