package dev.gatehouse.application.service.throttle;

import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.ThrottleScope;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The policy of every scope; {@link #defaults()} are the service's, configuration may change them. */
public final class ThrottlePolicies {

    private final Map<ThrottleScope, AttemptPolicy> policies;

    public ThrottlePolicies(Map<ThrottleScope, AttemptPolicy> policies) {
        EnumMap<ThrottleScope, AttemptPolicy> copy = new EnumMap<>(ThrottleScope.class);
        copy.putAll(policies);
        for (ThrottleScope scope : ThrottleScope.values()) {
            if (!copy.containsKey(scope)) {
                throw new IllegalArgumentException("no policy for " + scope.id());
            }
        }
        this.policies = copy;
    }

    /**
     * Per account: five failed sign-ins cost nothing, then the waits double from one second to a
     * quarter of an hour, and never more than 100 failures an hour. Per client address, more room,
     * because many people may share one address (an office, a carrier's NAT). Per recognised
     * browser, as per account: it is one person's browser. Code requests from a recognised browser
     * wait on that browser's own count, like code requests per account.
     */
    public static ThrottlePolicies defaults() {
        Duration hour = Duration.ofHours(1);
        return new ThrottlePolicies(Map.of(
                ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT,
                new AttemptPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, hour),
                ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT,
                new AttemptPolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(15), 300, hour),
                ThrottleScope.SIGN_IN_FAILURES_PER_DEVICE,
                new AttemptPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, hour),
                ThrottleScope.CODE_REQUESTS_PER_ACCOUNT,
                new AttemptPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(30), 20, hour),
                ThrottleScope.CODE_REQUESTS_PER_DEVICE,
                new AttemptPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(30), 20, hour),
                ThrottleScope.CODE_REQUESTS_PER_CLIENT,
                new AttemptPolicy(20, Duration.ofSeconds(30), Duration.ofMinutes(30), 200, hour),
                ThrottleScope.REGISTRATIONS_PER_CLIENT,
                new AttemptPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(30), 100, hour)));
    }

    public AttemptPolicy of(ThrottleScope scope) {
        return policies.get(scope);
    }

    /** These policies with {@code scope}'s replaced. */
    public ThrottlePolicies with(ThrottleScope scope, AttemptPolicy policy) {
        Map<ThrottleScope, AttemptPolicy> changed = new EnumMap<>(policies);
        changed.put(scope, policy);
        return new ThrottlePolicies(changed);
    }

    /** The longest window of any scope: what is counted is kept at least that long. */
    public Duration longestWindow() {
        return policies.values().stream().map(AttemptPolicy::window).max(Duration::compareTo).orElseThrow();
    }
}
