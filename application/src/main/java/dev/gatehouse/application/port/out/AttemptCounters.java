package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.AttemptState;
import dev.gatehouse.domain.throttle.ThrottleKey;
import java.time.Instant;

/**
 * Attempts counted per key, shared by every node (so a guesser gains nothing by spreading over
 * them or waiting for a restart). Counting is atomic: two attempts at once are two attempts.
 */
public interface AttemptCounters {

    /** The key's state; a fresh one when nothing is counted. */
    AttemptState current(ThrottleKey key, Instant now);

    /** Counts one attempt under {@code policy} and answers the new state. */
    AttemptState recordAttempt(ThrottleKey key, AttemptPolicy policy, Instant now);

    /** Forgets what was counted against the key. */
    void reset(ThrottleKey key);

    /** Purge: removes keys whose window started before {@code cutoff} and that are no longer locked. @return how many */
    int removeIdleSince(Instant cutoff);
}
