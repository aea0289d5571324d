package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.throttle.Admission;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.AttemptState;
import dev.gatehouse.domain.throttle.ThrottleKey;
import java.time.Instant;

/**
 * Attempts counted per key, shared by every node (so a guesser gains nothing by spreading over
 * them or waiting for a restart). Every change is atomic per key: two attempts at once are two
 * attempts, and a decision is taken on the count as it stands when it is changed.
 */
public interface AttemptCounters {

    /** The key's state; a fresh one when nothing is counted. */
    AttemptState current(ThrottleKey key, Instant now);

    /**
     * Decides and counts in one locked step ({@link AttemptPolicy#admit}): while the key waits the
     * attempt is refused and nothing is counted; otherwise it is counted.
     */
    Admission admit(ThrottleKey key, AttemptPolicy policy, Instant now);

    /** Counts one attempt under {@code policy}, whether or not the key waits, and answers the new state. */
    AttemptState recordAttempt(ThrottleKey key, AttemptPolicy policy, Instant now);

    /**
     * Takes back one admitted attempt that turned out to be no guess (a right password): the count
     * goes down by one, never below zero, and a wait already started is left as it is.
     */
    void refund(ThrottleKey key);

    /** Forgets what was counted against the key. */
    void reset(ThrottleKey key);

    /** Purge: removes keys whose window started before {@code cutoff} and that are no longer locked. @return how many */
    int removeIdleSince(Instant cutoff);
}
