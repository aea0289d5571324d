package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work in one database transaction. JDBI lends the transaction's handle to every
 * {@code Jdbi} call that the work makes on the same thread, so the repositories in it join the
 * transaction; an exception rolls everything back and propagates unchanged.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    private final Jdbi jdbi;

    public JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    /**
     * On the handle JDBI lends this thread's transaction, which runs it after the commit of the
     * outermost transaction, whichever repository or runner opened it; outside a transaction the
     * action runs at once (this borrows a connection to find out, so callers ask inside one).
     */
    @Override
    public void afterCommit(Runnable action) {
        jdbi.useHandle(handle -> {
            if (handle.isInTransaction()) {
                handle.afterCommit(action);
            } else {
                action.run();
            }
        });
    }
}
