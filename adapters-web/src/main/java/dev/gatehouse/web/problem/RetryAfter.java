package dev.gatehouse.web.problem;

import java.time.Duration;

/** A wait as {@code Retry-After} gives it: whole seconds, rounded up, so a client that waits that long is let in. */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static String describe(long seconds) {
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
