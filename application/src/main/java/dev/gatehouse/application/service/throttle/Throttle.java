package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.AttemptState;
import dev.gatehouse.domain.throttle.ThrottleKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Checks and counts attempts against their keys under the configured policies. */
public final class Throttle {

    private final AttemptCounters counters;
    private final ThrottlePolicies policies;

    public Throttle(AttemptCounters counters, ThrottlePolicies policies) {
        this.counters = counters;
        this.policies = policies;
    }

    /** The longest wait any of the keys is under at {@code now}; empty when all may try. */
    public Optional<Duration> waitAt(Instant now, List<ThrottleKey> keys) {
        return keys.stream()
                .flatMap(key -> policies.of(key.scope()).waitAt(counters.current(key, now), now).stream())
                .max(Duration::compareTo);
    }

    /** @throws TooManyAttemptsException when any of the keys must still wait */
    public void check(Instant now, List<ThrottleKey> keys) {
        Optional<Duration> wait = waitAt(now, keys);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
    }

    /**
     * Counts an attempt against {@code key} before it is made, so that parallel requests cannot
     * all slip under the hard cap between a check and a count.
     *
     * @throws TooManyAttemptsException when the attempt would go past the window's cap
     */
    public void reserve(Instant now, ThrottleKey key) {
        AttemptPolicy policy = policies.of(key.scope());
        AttemptState state = counters.recordAttempt(key, policy, now);
        if (state.attempts() > policy.maxPerWindow()) {
            throw new TooManyAttemptsException(policy.waitAt(state, now).orElse(policy.firstDelay()));
        }
    }

    /** For requests that count whatever their outcome: checks every key, then reserves an attempt on each. */
    public void admit(Instant now, List<ThrottleKey> keys) {
        check(now, keys);
        keys.forEach(key -> reserve(now, key));
    }

    public void count(Instant now, List<ThrottleKey> keys) {
        keys.forEach(key -> counters.recordAttempt(key, policies.of(key.scope()), now));
    }

    public void reset(ThrottleKey key) {
        counters.reset(key);
    }
}
