package dev.gatehouse.domain.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live. A plain session ends after {@code idleTimeout} without use or after
 * {@code absoluteLifetime}, whichever comes first. A remember-me ("stay signed in") session lives
 * {@code rememberMeLifetime} from its start: an idle limit would defeat its purpose, which is to
 * survive a closed browser.
 */
public record SessionLifetime(Duration idleTimeout, Duration absoluteLifetime, Duration rememberMeLifetime) {

    public static final SessionLifetime DEFAULT =
            new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofDays(30));

    public SessionLifetime {
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(absoluteLifetime, "absoluteLifetime");
        requirePositive(rememberMeLifetime, "rememberMeLifetime");
        if (idleTimeout.compareTo(absoluteLifetime) > 0) {
            throw new IllegalArgumentException("idleTimeout cannot exceed absoluteLifetime");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
