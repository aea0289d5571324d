package dev.gatehouse.application.port.out;

import java.util.function.Supplier;

/** Runs work so that all of its writes land together or none do. */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
