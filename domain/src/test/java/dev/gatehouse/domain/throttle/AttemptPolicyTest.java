package dev.gatehouse.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final AttemptPolicy POLICY =
            new AttemptPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, Duration.ofHours(1));

    private static AttemptState after(int attempts, AttemptPolicy policy) {
        AttemptState state = AttemptState.fresh(NOW);
        for (int i = 0; i < attempts; i++) {
            state = policy.afterAttempt(state, NOW);
        }
        return state;
    }

    @Test
    void theFreeAttemptsCostNoWait() {
        AttemptState state = after(5, POLICY);

        assertThat(state.attempts()).isEqualTo(5);
        assertThat(POLICY.waitAt(state, NOW)).isEmpty();
    }

    @Test
    void eachAttemptPastTheFreeOnesDoublesTheWaitUpToTheMaximum() {
        assertThat(POLICY.waitAt(after(6, POLICY), NOW)).contains(Duration.ofSeconds(1));
        assertThat(POLICY.waitAt(after(7, POLICY), NOW)).contains(Duration.ofSeconds(2));
        assertThat(POLICY.waitAt(after(10, POLICY), NOW)).contains(Duration.ofSeconds(16));
        assertThat(POLICY.waitAt(after(40, POLICY), NOW)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theWaitRunsOutWithTime() {
        AttemptState state = after(7, POLICY);

        assertThat(POLICY.waitAt(state, NOW.plusSeconds(1))).contains(Duration.ofSeconds(1));
        assertThat(POLICY.waitAt(state, NOW.plusSeconds(2))).isEmpty();
    }

    @Test
    void reachingTheCapLocksUntilTheWindowEnds() {
        AttemptPolicy generous = new AttemptPolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(1), 100, Duration.ofHours(1));

        AttemptState state = after(100, generous);

        assertThat(state.lockedUntil()).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(generous.waitAt(state, NOW.plusSeconds(1800))).contains(Duration.ofSeconds(1800));
    }

    @Test
    void aNewWindowStartsTheCountAfresh() {
        AttemptState state = after(8, POLICY);

        AttemptState later = POLICY.afterAttempt(state, NOW.plus(Duration.ofHours(1)));

        assertThat(later).isEqualTo(new AttemptState(1, NOW.plus(Duration.ofHours(1)), Optional.empty()));
    }

    @Test
    void theDoublingNeverOverflows() {
        assertThat(POLICY.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesPoliciesThatMakeNoSense() {
        assertThatThrownBy(() -> new AttemptPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(1), 5, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 5, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(1, Duration.ZERO, Duration.ofSeconds(1), 5, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysIgnoreCaseAndSurroundingSpace() {
        assertThat(new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, " Ann@Example.org "))
                .isEqualTo(new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, "ann@example.org"));
    }
}
