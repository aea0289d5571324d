package dev.gatehouse.application.port.in;

import java.time.Duration;

/** Guessing is being throttled; the client may try again after {@link #retryAfter()}. */
public final class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
