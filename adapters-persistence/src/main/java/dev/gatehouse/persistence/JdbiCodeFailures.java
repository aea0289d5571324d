package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link CodeFailures} in the {@code code_failures} table, one row per wrong entry. Each method
 * joins the transaction of a surrounding {@link JdbiTransactionRunner} on the same thread.
 */
public final class JdbiCodeFailures implements CodeFailures {

    private final Jdbi jdbi;

    public JdbiCodeFailures(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void record(UserId user, Instant at) {
        jdbi.useExtension(CodeFailureDao.class, dao -> dao.insert(user.toString(), UtcDateTimes.toColumn(at)));
    }

    @Override
    public int countSince(UserId user, Instant since) {
        return jdbi.withExtension(CodeFailureDao.class, dao -> dao.countSince(user.toString(), UtcDateTimes.toColumn(since)));
    }

    @Override
    public int removeBefore(Instant cutoff) {
        return jdbi.withExtension(CodeFailureDao.class, dao -> dao.deleteBefore(UtcDateTimes.toColumn(cutoff)));
    }
}
