package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.domain.throttle.Admission;
import dev.gatehouse.domain.throttle.ThrottleKey;
import java.time.Instant;
import java.util.List;

/** Checks and counts attempts against their keys under the configured policies. */
public final class Throttle {

    private final AttemptCounters counters;
    private final ThrottlePolicies policies;

    public Throttle(AttemptCounters counters, ThrottlePolicies policies) {
        this.counters = counters;
        this.policies = policies;
    }

    /**
     * Admits an attempt on each key in turn, each decided and counted in one locked step, so that
     * while a key waits nothing more gets through it, however many requests arrive at once. The
     * keys before a refusing one keep their count: the attempt was made.
     *
     * @throws TooManyAttemptsException from the first key that must still wait
     */
    public void admit(Instant now, List<ThrottleKey> keys) {
        for (ThrottleKey key : keys) {
            Admission admission = counters.admit(key, policies.of(key.scope()), now);
            if (!admission.isAdmitted()) {
                throw new TooManyAttemptsException(admission.refusedFor().orElseThrow());
            }
        }
    }

    /** Counts an attempt on each key, whether or not it waits: for attempts judged on other keys. */
    public void count(Instant now, List<ThrottleKey> keys) {
        keys.forEach(key -> counters.recordAttempt(key, policies.of(key.scope()), now));
    }

    /** Takes back an attempt admitted on {@code key} that turned out to be no guess. */
    public void refund(ThrottleKey key) {
        counters.refund(key);
    }

    public void reset(ThrottleKey key) {
        counters.reset(key);
    }
}
