package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MySqlNamedLockTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final Jdbi jdbi = DATABASE.database().jdbi();
    /** Two instances, as two nodes would have. */
    private final MySqlNamedLock node1 = new MySqlNamedLock(jdbi);
    private final MySqlNamedLock node2 = new MySqlNamedLock(jdbi);
    /** Lock names are server-wide: unique ones keep test runs on a shared server apart. */
    private final String name = "gatehouse-test." + UUID.randomUUID();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        finish.countDown();
        threads.shutdownNow();
    }

    @Test
    void runsTheWorkWhenNobodyHoldsTheLockAndReleasesItAfterwards() {
        AtomicInteger runs = new AtomicInteger();

        assertThat(node1.runExclusively(name, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(1);
        assertThat(isFree(name)).isTrue();
    }

    @Test
    void skipsTheWorkWhileAnotherThreadHoldsTheLock() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        Future<Boolean> first = threads.submit(() -> node1.runExclusively(name, () -> {
            holding.countDown();
            await(finish);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger secondRuns = new AtomicInteger();

        Future<Boolean> second = threads.submit(() -> node2.runExclusively(name, secondRuns::incrementAndGet));

        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(secondRuns).hasValue(0);
        assertThat(isFree(name)).isFalse();

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(node2.runExclusively(name, secondRuns::incrementAndGet)).isTrue();
        assertThat(secondRuns).hasValue(1);
    }

    @Test
    void releasesTheLockWhenTheWorkThrowsAndPassesTheExceptionOn() throws Exception {
        IllegalStateException failure = new IllegalStateException("job failed");

        assertThatThrownBy(() -> node1.runExclusively(name, () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(isFree(name)).isTrue();
        AtomicInteger runs = new AtomicInteger();
        assertThat(threads.submit(() -> node2.runExclusively(name, runs::incrementAndGet)).get(10, TimeUnit.SECONDS))
                .isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void locksOfOtherNamesDoNotGetInTheWay() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        threads.submit(() -> node1.runExclusively(name, () -> {
            holding.countDown();
            await(finish);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger runs = new AtomicInteger();

        assertThat(node2.runExclusively(name + "-other", runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aNestedCallForTheSameNameIsSkippedNotRunTwice() {
        AtomicInteger inner = new AtomicInteger();
        boolean[] nestedRan = new boolean[1];

        assertThat(node1.runExclusively(name, () -> nestedRan[0] = node1.runExclusively(name, inner::incrementAndGet)))
                .isTrue();

        assertThat(nestedRan[0]).isFalse();
        assertThat(inner).hasValue(0);
        assertThat(isFree(name)).isTrue();
    }

    @Test
    void refusesNamesTheServerWouldNot() {
        assertThatThrownBy(() -> node1.runExclusively(" ", () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> node1.runExclusively("x".repeat(MySqlNamedLock.MAX_NAME_LENGTH + 1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(node1.runExclusively("x".repeat(MySqlNamedLock.MAX_NAME_LENGTH - 10) + UUID.randomUUID()
                .toString().substring(0, 10), () -> { })).isTrue();
    }

    /** Asked on a connection of its own, as another node would. */
    private boolean isFree(String lockName) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT IS_FREE_LOCK(:name)").bind("name", lockName)
                .mapTo(Integer.class).one()) == 1;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the work finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
