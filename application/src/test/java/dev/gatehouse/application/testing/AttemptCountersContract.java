package dev.gatehouse.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.domain.throttle.Admission;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.AttemptState;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link AttemptCounters} must do; each test uses keys of its own. */
public abstract class AttemptCountersContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final AttemptPolicy POLICY =
            new AttemptPolicy(2, Duration.ofSeconds(1), Duration.ofMinutes(1), 50, Duration.ofHours(1));

    private AttemptCounters counters;

    /** The store under test; called once per test. */
    protected abstract AttemptCounters attemptCounters();

    private AttemptCounters store() {
        if (counters == null) {
            counters = attemptCounters();
        }
        return counters;
    }

    private static ThrottleKey newKey() {
        return new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, UUID.randomUUID() + "@example.org");
    }

    @Test
    void anUnknownKeyIsFresh() {
        assertThat(store().current(newKey(), NOW)).isEqualTo(AttemptState.fresh(NOW));
    }

    @Test
    void keepsTheStateThePolicyComputes() {
        ThrottleKey key = newKey();

        store().recordAttempt(key, POLICY, NOW);
        store().recordAttempt(key, POLICY, NOW);
        AttemptState third = store().recordAttempt(key, POLICY, NOW.plusSeconds(1));

        assertThat(third).isEqualTo(new AttemptState(3, NOW, Optional.of(NOW.plusSeconds(2))));
        assertThat(store().current(key, NOW.plusSeconds(1))).isEqualTo(third);
    }

    @Test
    void keysAreCountedApartAndResetAlone() {
        ThrottleKey counted = newKey();
        ThrottleKey reset = newKey();
        store().recordAttempt(counted, POLICY, NOW);
        store().recordAttempt(reset, POLICY, NOW);

        store().reset(reset);

        assertThat(store().current(counted, NOW).attempts()).isEqualTo(1);
        assertThat(store().current(reset, NOW)).isEqualTo(AttemptState.fresh(NOW));
    }

    @Test
    void parallelAttemptsAreEachCounted() throws Exception {
        ThrottleKey key = newKey();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<AttemptState>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> store().recordAttempt(key, POLICY, NOW));
            }
            for (Future<AttemptState> done : pool.invokeAll(attempts)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store().current(key, NOW).attempts()).isEqualTo(40);
    }

    @Test
    void admitCountsUntilTheKeyWaitsThenRefusesWithoutCounting() {
        ThrottleKey key = newKey();

        assertThat(store().admit(key, POLICY, NOW).isAdmitted()).isTrue();
        assertThat(store().admit(key, POLICY, NOW).isAdmitted()).isTrue();
        Admission third = store().admit(key, POLICY, NOW);
        assertThat(third.isAdmitted()).isTrue();
        assertThat(third.after()).isEqualTo(new AttemptState(3, NOW, Optional.of(NOW.plusSeconds(1))));

        Admission refused = store().admit(key, POLICY, NOW.plusMillis(400));
        assertThat(refused.refusedFor()).contains(Duration.ofMillis(600));
        assertThat(store().current(key, NOW).attempts()).isEqualTo(3);
        assertThat(store().admit(key, POLICY, NOW.plusSeconds(1)).isAdmitted()).isTrue();
    }

    @Test
    void ofParallelAttemptsOnlyTheFreeOnesAndTheOneStartingTheWaitAreAdmitted() throws Exception {
        ThrottleKey key = newKey();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Admission> admissions = new ArrayList<>();
        try {
            List<Callable<Admission>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                attempts.add(() -> store().admit(key, POLICY, NOW));
            }
            for (Future<Admission> done : pool.invokeAll(attempts)) {
                admissions.add(done.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(admissions).filteredOn(Admission::isAdmitted).hasSize(POLICY.freeAttempts() + 1);
        assertThat(store().current(key, NOW).attempts()).isEqualTo(POLICY.freeAttempts() + 1);
    }

    @Test
    void refundTakesBackOneAttemptNeverBelowZeroAndKeepsTheWait() {
        ThrottleKey key = newKey();
        store().admit(key, POLICY, NOW);
        store().admit(key, POLICY, NOW);
        store().admit(key, POLICY, NOW);

        store().refund(key);

        assertThat(store().current(key, NOW)).isEqualTo(new AttemptState(2, NOW, Optional.of(NOW.plusSeconds(1))));
        store().refund(key);
        store().refund(key);
        store().refund(key);
        assertThat(store().current(key, NOW).attempts()).isZero();
        store().refund(newKey());
    }

    @Test
    void purgeRemovesOnlyKeysIdleSinceTheCutoff() {
        ThrottleKey old = newKey();
        ThrottleKey recent = newKey();
        ThrottleKey stillLocked = newKey();
        AttemptPolicy hardCap = new AttemptPolicy(0, Duration.ofHours(3), Duration.ofHours(3), 50, Duration.ofHours(1));
        store().recordAttempt(old, POLICY, NOW.minus(Duration.ofHours(2)));
        store().recordAttempt(recent, POLICY, NOW);
        store().recordAttempt(stillLocked, hardCap, NOW.minus(Duration.ofHours(2)));

        int removed = store().removeIdleSince(NOW.minus(Duration.ofHours(1)));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(store().current(old, NOW)).isEqualTo(AttemptState.fresh(NOW));
        assertThat(store().current(recent, NOW).attempts()).isEqualTo(1);
        assertThat(store().current(stillLocked, NOW).attempts()).isEqualTo(1);
    }
}
