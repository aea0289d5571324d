package dev.gatehouse.application.port;

import java.time.Duration;

/**
 * A bounded resource (the password-hashing pool, say) stayed full for longer than a request may
 * wait. The client should retry after {@link #retryAfter()}; nothing about its input was wrong.
 */
public final class CapacityExceededException extends RuntimeException {

    private final Duration retryAfter;

    public CapacityExceededException(String resource, Duration retryAfter) {
        super(resource + " is at capacity", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
