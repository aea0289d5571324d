package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.application.service.throttle.ThrottlePolicies;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.ThrottleScope;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes to the throttles' default policies, by scope id, e.g.
 * <pre>
 * throttling:
 *   policies:
 *     registrations/client: {freeAttempts: 50}
 * </pre>
 * A scope left out keeps its default; a field left out keeps the default's.
 */
public class ThrottlingFactory {

    @JsonProperty
    @NotNull
    @Valid
    private Map<String, PolicyFactory> policies = new LinkedHashMap<>();

    /**
     * How long a browser that signed in is recognised at its sign-ins to the same account, which
     * then wait on the browser's own failures instead of the account's (the device cookie).
     */
    @JsonProperty
    @NotNull
    private Duration recognisedBrowserLifetime = Duration.days(180);

    public java.time.Duration recognisedBrowserLifetime() {
        return recognisedBrowserLifetime.toJavaDuration();
    }

    /** @throws IllegalArgumentException for an unknown scope or a policy that makes no sense */
    public ThrottlePolicies policies() {
        ThrottlePolicies result = ThrottlePolicies.defaults();
        for (Map.Entry<String, PolicyFactory> entry : policies.entrySet()) {
            ThrottleScope scope = Arrays.stream(ThrottleScope.values())
                    .filter(candidate -> candidate.id().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown throttling scope: " + entry.getKey()));
            result = result.with(scope, entry.getValue().over(result.of(scope)));
        }
        return result;
    }

    public static class PolicyFactory {

        @JsonProperty
        @Min(0)
        private Integer freeAttempts;

        @JsonProperty
        private Duration firstDelay;

        @JsonProperty
        private Duration maxDelay;

        @JsonProperty
        @Min(1)
        private Integer maxPerWindow;

        @JsonProperty
        private Duration window;

        AttemptPolicy over(AttemptPolicy defaults) {
            return new AttemptPolicy(
                    freeAttempts == null ? defaults.freeAttempts() : freeAttempts,
                    firstDelay == null ? defaults.firstDelay() : firstDelay.toJavaDuration(),
                    maxDelay == null ? defaults.maxDelay() : maxDelay.toJavaDuration(),
                    maxPerWindow == null ? defaults.maxPerWindow() : maxPerWindow,
                    window == null ? defaults.window() : window.toJavaDuration());
        }
    }
}
