package dev.gatehouse.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction again when the database rolled it back for a {@link LockConflict} (a deadlock,
 * or a lock wait that timed out): such a failure says two transactions met, not that this one is
 * wrong, and a second run after the other has finished almost always succeeds. Installed on the
 * {@link Jdbi} ({@link #installOn}), it covers every transaction: the {@code TransactionRunner}'s and
 * the repositories' own {@code jdbi.inTransaction} calls.
 *
 * <p>Only the outermost transaction is run again. A nested {@code inTransaction} joins the
 * transaction its thread already has (JDBI runs its callback directly), so its failure travels up to
 * the outermost one, which rolls everything back and starts over from the beginning: retrying the
 * inner part alone would be wrong, since the database rolled back the whole transaction (a deadlock),
 * or only the statement (a lock wait, unless {@code innodb_rollback_on_timeout}), which the rollback
 * here then completes.
 *
 * <p><b>A transaction's callback must be safe to run again.</b> Every one in Gatehouse does database
 * work only; whatever reaches the outside world does so through a table written in the same
 * transaction (mail goes to the outbox) or after the transaction has committed (audit events).
 * Values the callback computes afresh on each run, such as a new code or id, are fine, because only
 * the run that commits returns its result.
 *
 * <p>At most {@link #DEFAULT_ATTEMPTS} runs in all, with a jittered exponential back-off between
 * them: a random wait between the window and twice it, the window starting at
 * {@link #DEFAULT_FIRST_BACK_OFF} and doubling (10–20 ms, 20–40 ms, 40–80 ms). The jitter keeps the
 * two parties of a deadlock from coming back in step; the floor keeps a retry from running straight
 * back into the lock it just lost. When the last run fails too, its failure is thrown with the
 * earlier ones suppressed in it; the web layer answers it 503 with {@code Retry-After}.
 */
public final class RetryingTransactionHandler extends DelegatingTransactionHandler {

    public static final int DEFAULT_ATTEMPTS = 4;
    public static final Duration DEFAULT_FIRST_BACK_OFF = Duration.ofMillis(10);

    private static final Logger LOG = LoggerFactory.getLogger(RetryingTransactionHandler.class);

    private final int attempts;
    private final Duration firstBackOff;
    /** Shared with the copies that {@link #specialize} makes per handle. */
    private final LongAdder retries;

    public RetryingTransactionHandler(TransactionHandler delegate) {
        this(delegate, DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACK_OFF);
    }

    public RetryingTransactionHandler(TransactionHandler delegate, int attempts, Duration firstBackOff) {
        this(delegate, attempts, firstBackOff, new LongAdder());
    }

    private RetryingTransactionHandler(TransactionHandler delegate, int attempts, Duration firstBackOff,
                                       LongAdder retries) {
        super(Objects.requireNonNull(delegate, "delegate"));
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (firstBackOff.isNegative()) {
            throw new IllegalArgumentException("firstBackOff must not be negative");
        }
        this.attempts = attempts;
        this.firstBackOff = firstBackOff;
        this.retries = retries;
    }

    /**
     * Wraps {@code jdbi}'s transaction handler in one with the default attempts and back-off, and
     * returns it (for its {@link #retries()} count). Installing twice wraps once.
     */
    public static RetryingTransactionHandler installOn(Jdbi jdbi) {
        if (jdbi.getTransactionHandler() instanceof RetryingTransactionHandler installed) {
            return installed;
        }
        RetryingTransactionHandler retrying = new RetryingTransactionHandler(jdbi.getTransactionHandler());
        jdbi.setTransactionHandler(retrying);
        return retrying;
    }

    /** How many times a transaction has been run again, since this handler was made. */
    public long retries() {
        return retries.sum();
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        if (isInTransaction(handle)) {
            return getDelegate().inTransaction(handle, callback);
        }
        return withRetries(() -> getDelegate().inTransaction(handle, callback));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        if (isInTransaction(handle)) {
            return getDelegate().inTransaction(handle, level, callback);
        }
        return withRetries(() -> getDelegate().inTransaction(handle, level, callback));
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new RetryingTransactionHandler(getDelegate().specialize(handle), attempts, firstBackOff, retries);
    }

    /** One run of the whole transaction: begin, callback, commit, or roll back and throw. */
    @FunctionalInterface
    private interface Run<R, X extends Exception> {
        R once() throws X;
    }

    private <R, X extends Exception> R withRetries(Run<R, X> transaction) throws X {
        List<Exception> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.once();
            } catch (Exception failure) {
                LockConflict conflict = LockConflict.in(failure).orElse(null);
                if (conflict == null || attempt >= attempts || !backOff(attempt, conflict)) {
                    earlier.forEach(failure::addSuppressed);
                    throw failure;
                }
                earlier.add(failure);
                retries.increment();
            }
        }
    }

    /** Waits before run {@code attempt + 1}; {@code false} when interrupted, which ends the retries. */
    private boolean backOff(int attempt, LockConflict conflict) {
        long window = firstBackOff.toNanos() << (attempt - 1);
        long wait = window + (window == 0 ? 0 : ThreadLocalRandom.current().nextLong(window + 1));
        LOG.debug("Transaction rolled back by a {}, attempt {} of {}; running it again in {} ms",
                conflict.describe(), attempt, attempts, Duration.ofNanos(wait).toMillis());
        try {
            Thread.sleep(Duration.ofNanos(wait).toMillis(), (int) (wait % 1_000_000));
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
