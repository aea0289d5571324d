package dev.gatehouse.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's request to move to another address, waiting for the code mailed to that address.
 * An account has at most one: a newer request replaces it, and the codes mailed for it die with it.
 */
public record PendingEmailChange(UserId userId, EmailAddress newEmail, Instant requestedAt) {

    public PendingEmailChange {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(newEmail, "newEmail");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
