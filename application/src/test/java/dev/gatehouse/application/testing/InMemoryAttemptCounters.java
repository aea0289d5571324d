package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.domain.throttle.Admission;
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
    public synchronized Admission admit(ThrottleKey key, AttemptPolicy policy, Instant now) {
        Admission admission = policy.admit(current(key, now), now);
        states.put(key, admission.after());
        return admission;
    }

    @Override
    public synchronized void refund(ThrottleKey key) {
        states.computeIfPresent(key, (unused, state) -> new AttemptState(Math.max(0, state.attempts() - 1),
                state.windowStartedAt(), state.lockedUntil()));
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
