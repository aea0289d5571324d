package dev.gatehouse.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many attempts a key may make before it must wait, and how long: the first
 * {@code freeAttempts} of a window cost nothing, each one after that locks the key for twice as
 * long as the one before (from {@code firstDelay} up to {@code maxDelay}), and once
 * {@code maxPerWindow} attempts are counted the key waits for the window to end. The doubling
 * alone keeps a guesser far below the hard cap; the cap is the promise that holds whatever the
 * delays are set to.
 */
public record AttemptPolicy(int freeAttempts, Duration firstDelay, Duration maxDelay, int maxPerWindow,
                            Duration window) {

    public AttemptPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(window, "window");
        if (freeAttempts < 0 || maxPerWindow < 1 || freeAttempts > maxPerWindow) {
            throw new IllegalArgumentException("need 0 <= freeAttempts <= maxPerWindow and maxPerWindow >= 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("delays and window must be positive, and maxDelay >= firstDelay");
        }
    }

    /** How long the key must still wait at {@code now}; empty when it may try. */
    public Optional<Duration> waitAt(AttemptState state, Instant now) {
        return state.lockedUntil().filter(until -> until.isAfter(now)).map(until -> Duration.between(now, until));
    }

    /**
     * Decides and counts in one: while the key waits at {@code now} the attempt is refused and
     * nothing changes (waiting keys do not pile up more waiting); otherwise it is counted. Callers
     * run this under the key's lock, so of many attempts at once exactly those that find the key
     * free are admitted: the free attempts, plus the one whose count starts the first wait.
     */
    public Admission admit(AttemptState state, Instant now) {
        Optional<Duration> wait = waitAt(state, now);
        return wait.map(refusedFor -> Admission.refused(state, refusedFor))
                .orElseGet(() -> Admission.admitted(afterAttempt(state, now)));
    }

    /** The state after one more attempt at {@code now}; a window that has ended starts afresh. */
    public AttemptState afterAttempt(AttemptState state, Instant now) {
        boolean windowOver = !state.windowStartedAt().plus(window).isAfter(now);
        Instant windowStart = windowOver ? now : state.windowStartedAt();
        int attempts = (windowOver ? 0 : state.attempts()) + 1;
        if (attempts >= maxPerWindow) {
            return new AttemptState(attempts, windowStart, Optional.of(windowStart.plus(window)));
        }
        if (attempts <= freeAttempts) {
            return new AttemptState(attempts, windowStart, windowOver ? Optional.empty() : state.lockedUntil());
        }
        return new AttemptState(attempts, windowStart, Optional.of(now.plus(delayAfter(attempts - freeAttempts))));
    }

    /** firstDelay × 2^(n−1), capped, without overflowing however large n gets. */
    Duration delayAfter(int attemptsOverFree) {
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsOverFree && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
