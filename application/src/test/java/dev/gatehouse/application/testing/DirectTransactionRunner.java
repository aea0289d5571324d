package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work in the caller's thread with no transaction at all: the in-memory fakes need none. */
public final class DirectTransactionRunner implements TransactionRunner {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** Nothing is ever pending without a transaction: the action runs at once. */
    @Override
    public void afterCommit(Runnable action) {
        action.run();
    }
}
