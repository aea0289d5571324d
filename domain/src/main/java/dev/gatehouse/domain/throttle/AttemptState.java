package dev.gatehouse.domain.throttle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is counted against one key (an account, a client address) in its current window: how many
 * attempts, since when, and until when further attempts are refused.
 */
public record AttemptState(int attempts, Instant windowStartedAt, Optional<Instant> lockedUntil) {

    public AttemptState {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
        Objects.requireNonNull(windowStartedAt, "windowStartedAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    /** A key nothing has been counted against yet. */
    public static AttemptState fresh(Instant now) {
        return new AttemptState(0, now, Optional.empty());
    }
}
