package dev.gatehouse.application.port.out;

import java.util.function.Supplier;

/** Runs work so that all of its writes land together or none do. */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the transaction this thread is in has committed (not if it rolls
     * back), or at once outside a transaction. For what must not happen before the writes are
     * visible to every reader: dropping a cached copy of what they changed, which a concurrent
     * reader could otherwise fetch again from the old, still committed rows.
     */
    void afterCommit(Runnable action);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
