package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.AttemptState;
import dev.gatehouse.domain.throttle.ThrottleKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryAttemptCounters implements AttemptCounters {

    private final Map<ThrottleKey, AttemptState> states = new HashMap<>();

    @Override
    public synchronized AttemptState current(ThrottleKey key, Instant now) {
        return states.getOrDefault(key, AttemptState.fresh(now));
    }

    @Override
    public synchronized AttemptState recordAttempt(ThrottleKey key, AttemptPolicy policy, Instant now) {
        AttemptState next = policy.afterAttempt(current(key, now), now);
        states.put(key, next);
        return next;
    }

    @Override
    public synchronized void reset(ThrottleKey key) {
        states.remove(key);
    }

    @Override
    public synchronized int removeIdleSince(Instant cutoff) {
        int before = states.size();
        states.values().removeIf(state -> state.windowStartedAt().isBefore(cutoff)
                && state.lockedUntil().map(until -> until.isBefore(cutoff)).orElse(true));
        return before - states.size();
    }
}
