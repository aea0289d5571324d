package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Real deadlocks and lock waits on the test database, through the handler that {@code TestDatabase}
 * installs as the app does: the transaction the database rolled back is run again, a nested one only
 * as part of its outermost, and what keeps failing surfaces as the lock conflict the web layer
 * answers 503.
 */
class RetryingTransactionHandlerTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final AtomicInteger NEXT_ROW = new AtomicInteger(1);

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final RetryingTransactionHandler handler = RetryingTransactionHandler.installOn(jdbi);
    private final TransactionRunner transactions = new JdbiTransactionRunner(jdbi);
    private final Logger log = (Logger) LoggerFactory.getLogger(RetryingTransactionHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void createProbeTable() {
        DATABASE.database().jdbi().useHandle(handle ->
                handle.execute("CREATE TABLE retry_probe (id INT PRIMARY KEY, n INT NOT NULL)"));
    }

    @BeforeEach
    void captureLog() {
        logged.start();
        log.addAppender(logged);
        log.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        log.detachAppender(logged);
        log.setLevel(null);
        threads.shutdownNow();
    }

    @RepeatedTest(3)
    void theVictimOfADeadlockIsRunAgainAndBothTransactionsCommit() throws Exception {
        int a = newRow();
        int b = newRow();
        long retriesBefore = handler.retries();
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger runsOfFirst = new AtomicInteger();
        AtomicInteger runsOfSecond = new AtomicInteger();

        // Each locks one row, waits until the other holds its own, then asks for the other's: a cycle.
        Future<?> first = threads.submit(() -> incrementInOrder("request-first", a, b, runsOfFirst, bothHoldTheirFirstRow));
        Future<?> second = threads.submit(() -> incrementInOrder("request-second", b, a, runsOfSecond, bothHoldTheirFirstRow));
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertThat(valueOf(a)).as("both transactions committed their increment of row a").isEqualTo(2);
        assertThat(valueOf(b)).as("both transactions committed their increment of row b").isEqualTo(2);
        assertThat(handler.retries() - retriesBefore).as("the deadlock's one victim was run again once").isEqualTo(1);
        assertThat(runsOfFirst.get() + runsOfSecond.get()).isEqualTo(3);
        String victim = runsOfFirst.get() == 2 ? "request-first" : "request-second";
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).contains("deadlock (1213)", "attempt 1 of 4");
            assertThat(event.getMDCPropertyMap()).containsEntry("requestId", victim);
        });
    }

    @Test
    void aLockWaitTimeoutIsRunAgainAndCommitsOnceTheLockIsFree() throws Exception {
        int row = newRow();
        long retriesBefore = handler.retries();
        try (Handle holder = jdbi.open()) {
            holder.begin();
            holder.execute("UPDATE retry_probe SET n = n + 100 WHERE id = ?", row);
            Future<?> waiter = threads.submit(() -> transactions.inTransaction(() -> incrementWithShortLockWait(row)));
            awaitRetries(retriesBefore + 1);
            holder.commit();
            waiter.get(30, TimeUnit.SECONDS);
        }

        assertThat(valueOf(row)).isEqualTo(101);
        assertThat(handler.retries() - retriesBefore).isEqualTo(1);
        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("lock wait timeout (1205)", "attempt 1 of 4");
    }

    @Test
    void aLockHeldLongerThanEveryRetrySurfacesAsTheLockConflict() {
        int row = newRow();
        long retriesBefore = handler.retries();
        Throwable failure;
        try (Handle holder = jdbi.open()) {
            holder.begin();
            holder.execute("UPDATE retry_probe SET n = n + 100 WHERE id = ?", row);
            failure = catchThrowable(() -> transactions.inTransaction(() -> incrementWithShortLockWait(row)));
            holder.rollback();
        }

        assertThat(failure).isInstanceOf(JdbiException.class);
        assertThat(LockConflict.in(failure)).contains(new LockConflict(LockConflict.LOCK_WAIT_TIMEOUT));
        assertThat(failure.getSuppressed()).as("the earlier attempts' failures").hasSize(3);
        assertThat(handler.retries() - retriesBefore).isEqualTo(RetryingTransactionHandler.DEFAULT_ATTEMPTS - 1);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                first -> assertThat(first).contains("lock wait timeout (1205), attempt 1 of 4"),
                second -> assertThat(second).contains("lock wait timeout (1205), attempt 2 of 4"),
                third -> assertThat(third).contains("lock wait timeout (1205), attempt 3 of 4"));
        assertThat(logged.list).extracting(RetryingTransactionHandlerTest::backOffMillisOf)
                .as("jittered back-off: 10-20 ms, then doubling")
                .satisfiesExactly(
                        first -> assertThat(first).isBetween(10L, 20L),
                        second -> assertThat(second).isBetween(20L, 40L),
                        third -> assertThat(third).isBetween(40L, 80L));
        assertThat(valueOf(row)).isZero();
    }

    @Test
    void aNestedTransactionIsRunAgainOnlyAsPartOfTheOutermost() {
        int row = newRow();
        long retriesBefore = handler.retries();
        AtomicInteger outerRuns = new AtomicInteger();
        AtomicInteger innerRuns = new AtomicInteger();

        transactions.inTransaction(() -> {
            outerRuns.incrementAndGet();
            jdbi.useHandle(handle -> handle.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", row));
            jdbi.useTransaction(handle -> {
                if (innerRuns.incrementAndGet() == 1) {
                    throw deadlockVictim();
                }
                handle.execute("UPDATE retry_probe SET n = n + 10 WHERE id = ?", row);
            });
        });

        assertThat(innerRuns.get()).as("the inner part ran once per run of the outer").isEqualTo(outerRuns.get()).isEqualTo(2);
        assertThat(valueOf(row)).as("the first run's outer write was rolled back with it").isEqualTo(11);
        assertThat(handler.retries() - retriesBefore).isEqualTo(1);
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException refusal = new IllegalStateException("not a lock conflict");
        UnableToExecuteStatementException duplicate = new UnableToExecuteStatementException(
                new SQLException("Duplicate entry", "23000", 1062), null);

        assertThat(catchThrowable(() -> transactions.inTransaction(() -> {
            runs.incrementAndGet();
            throw refusal;
        }))).isSameAs(refusal);
        assertThat(catchThrowable(() -> jdbi.useTransaction(handle -> {
            runs.incrementAndGet();
            throw duplicate;
        }))).isSameAs(duplicate);

        assertThat(runs.get()).isEqualTo(2);
        assertThat(logged.list).isEmpty();
    }

    private void incrementInOrder(String requestId, int firstRow, int secondRow, AtomicInteger runs,
                                  CyclicBarrier bothHoldTheirFirstRow) {
        MDC.put("requestId", requestId);
        try {
            transactions.inTransaction(() -> jdbi.useHandle(handle -> {
                handle.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", firstRow);
                // Only the first run meets the other; a rerun follows the survivor, which holds both rows.
                if (runs.incrementAndGet() == 1) {
                    await(bothHoldTheirFirstRow);
                }
                handle.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", secondRow);
            }));
        } finally {
            MDC.remove("requestId");
        }
    }

    /** Waits a second for a row lock instead of the server's 50; on this transaction's connection. */
    private void incrementWithShortLockWait(int row) {
        jdbi.useHandle(handle -> {
            handle.execute("SET SESSION innodb_lock_wait_timeout = 1");
            handle.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", row);
        });
    }

    private void awaitRetries(long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (handler.retries() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no retry within 20 s");
            }
            Thread.sleep(5);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other transaction never held its first row", e);
        }
    }

    /** What Connector/J reports for a deadlock's victim. */
    private static UnableToExecuteStatementException deadlockVictim() {
        return new UnableToExecuteStatementException(
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213),
                null);
    }

    private static long backOffMillisOf(ILoggingEvent event) {
        return ((Number) event.getArgumentArray()[3]).longValue();
    }

    private int newRow() {
        int id = NEXT_ROW.getAndIncrement();
        jdbi.useHandle(handle -> handle.execute("INSERT INTO retry_probe (id, n) VALUES (?, 0)", id));
        return id;
    }

    private int valueOf(int row) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT n FROM retry_probe WHERE id = :id")
                .bind("id", row).mapTo(Integer.class).one());
    }
}
