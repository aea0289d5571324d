package dev.gatehouse.domain.session;

import java.util.Objects;
import java.util.UUID;

/**
 * The public handle of a session, shown in "your sessions" lists and used to revoke one. It is not
 * a credential: knowing it lets nobody act as the session's owner.
 */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
