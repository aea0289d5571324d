package dev.gatehouse.domain.mfa;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How recently a session's person must have proven themselves (signed in, or re-authenticated with
 * a password or a second factor) for a sensitive action: a stolen session alone must not be enough
 * to change the account.
 */
public record RecentAuthentication(Duration window) {

    public static final RecentAuthentication DEFAULT = new RecentAuthentication(Duration.ofMinutes(10));

    public RecentAuthentication {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the recent-authentication window is positive");
        }
    }

    public boolean isRecent(Instant authenticatedAt, Instant now) {
        return !authenticatedAt.plus(window).isBefore(now);
    }
}
