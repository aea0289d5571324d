package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.persistence.ClusterSchedule.Turn;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

class ClusterScheduleTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final Jdbi jdbi = DATABASE.database().jdbi();
    /** Two instances, as two nodes would have. */
    private final ClusterSchedule node1 = new ClusterSchedule(jdbi);
    private final ClusterSchedule node2 = new ClusterSchedule(jdbi);
    /** Lock names are server-wide: unique ones keep test runs on a shared server apart. */
    private final String job = "gatehouse-test." + UUID.randomUUID();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void runsAJobThatNeverRanBefore() {
        assertThat(node1.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet)).isEqualTo(Turn.RAN);

        assertThat(runs).hasValue(1);
    }

    @Test
    void noNodeRunsTheJobAgainWithinTheInterval() {
        node1.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet);

        assertThat(node1.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet)).isEqualTo(Turn.NOT_DUE);
        assertThat(node2.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet)).isEqualTo(Turn.NOT_DUE);
        assertThat(runs).hasValue(1);
    }

    @Test
    void anotherNodeRunsTheJobOnceTheIntervalHasPassed() throws InterruptedException {
        Duration interval = Duration.ofMillis(300);
        node1.runIfDue(job, interval, runs::incrementAndGet);
        assertThat(node2.runIfDue(job, interval, runs::incrementAndGet)).isEqualTo(Turn.NOT_DUE);

        Thread.sleep(interval.toMillis() + 50);

        assertThat(node2.runIfDue(job, interval, runs::incrementAndGet)).isEqualTo(Turn.RAN);
        assertThat(runs).hasValue(2);
    }

    @Test
    void skipsTheJobWhileAnotherNodeRunsIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<Turn> first = threads.submit(() -> node1.runIfDue(job, Duration.ZERO, () -> {
            running.countDown();
            awaitQuietly(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(node2.runIfDue(job, Duration.ZERO, runs::incrementAndGet)).isEqualTo(Turn.HELD_ELSEWHERE);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Turn.RAN);
        assertThat(runs).hasValue(0);
    }

    @Test
    void aFailedRunStillUsesItsTurn() {
        IllegalStateException failure = new IllegalStateException("job failed");

        assertThatThrownBy(() -> node1.runIfDue(job, Duration.ofHours(1), () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(node2.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet)).isEqualTo(Turn.NOT_DUE);
    }

    @Test
    void twoNodesTryingOftenRunTheJobOncePerInterval() throws Exception {
        Duration interval = Duration.ofMillis(400);
        Duration window = Duration.ofSeconds(3);
        long started = System.nanoTime();
        List<Future<?>> nodes = new ArrayList<>();
        for (ClusterSchedule node : List.of(node1, node2)) {
            nodes.add(threads.submit(() -> {
                while (System.nanoTime() - started < window.toNanos()) {
                    node.runIfDue(job, interval, runs::incrementAndGet);
                    Thread.sleep(20);
                }
                return null;
            }));
        }
        for (Future<?> node : nodes) {
            node.get(30, TimeUnit.SECONDS);
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        // Runs are at least an interval apart; both nodes try about twenty times per interval.
        assertThat(runs.get()).isBetween(2, (int) (elapsedMillis / interval.toMillis()) + 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
