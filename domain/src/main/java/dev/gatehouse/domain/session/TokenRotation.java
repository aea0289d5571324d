package dev.gatehouse.domain.session;

import java.time.Duration;
import java.util.Objects;

/**
 * When a remember-me session gets a new token, and how long the token it replaced is still
 * honoured. A remember-me token would otherwise be one secret valid for weeks; rotated, a copy taken
 * from a browser or a log is worth something only until the owner's browser next renews it, and
 * presenting it after that gives the theft away.
 *
 * @param after a token older than this is replaced at the session's next cookie-borne request
 * @param grace how long the replaced token still works: requests the browser sent before the new
 *              cookie reached it must not fail
 */
public record TokenRotation(Duration after, Duration grace) {

    public static final TokenRotation DEFAULT = new TokenRotation(Duration.ofHours(1), Duration.ofSeconds(30));

    public TokenRotation {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(grace, "grace");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("after must be positive");
        }
        if (grace.isNegative() || grace.compareTo(after) >= 0) {
            throw new IllegalArgumentException("grace must be at least zero and shorter than after");
        }
    }
}
