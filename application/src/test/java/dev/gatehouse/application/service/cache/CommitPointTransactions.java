package dev.gatehouse.application.service.cache;

import dev.gatehouse.application.port.out.TransactionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link TransactionRunner} with a commit point but no isolation: nested work joins the outermost,
 * and what is registered {@link #afterCommit} runs when the outermost returns, or never if it throws.
 * One thread at a time.
 */
final class CommitPointTransactions implements TransactionRunner {

    private int depth;
    private final List<Runnable> afterCommit = new ArrayList<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth++;
        boolean committed = false;
        try {
            T result = work.get();
            committed = true;
            return result;
        } finally {
            depth--;
            if (depth == 0) {
                List<Runnable> actions = new ArrayList<>(afterCommit);
                afterCommit.clear();
                if (committed) {
                    actions.forEach(Runnable::run);
                }
            }
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        if (depth == 0) {
            action.run();
        } else {
            afterCommit.add(action);
        }
    }
}
