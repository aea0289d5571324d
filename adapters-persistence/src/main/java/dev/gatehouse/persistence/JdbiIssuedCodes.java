package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link IssuedCodes} in the {@code login_codes} table, one row per user and purpose, holding the
 * keyed hash of the code and never the code. Each method joins the transaction of a surrounding
 * {@link JdbiTransactionRunner} on the same thread.
 */
public final class JdbiIssuedCodes implements IssuedCodes {

    private final Jdbi jdbi;

    public JdbiIssuedCodes(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** An upsert: the new code's row, with its own attempt count (none for a new code), overwrites the old one. */
    @Override
    public void replace(IssuedCode code) {
        IssuedCodeRow row = IssuedCodeMapper.toRow(code);
        jdbi.useExtension(IssuedCodeDao.class, dao -> dao.upsert(row));
    }

    @Override
    public Optional<IssuedCode> find(UserId user, CodePurpose purpose) {
        return jdbi.withExtension(IssuedCodeDao.class, dao -> dao.find(user.toString(), purpose.id()))
                .map(IssuedCodeMapper::toDomain);
    }

    /**
     * Locks the row ({@code SELECT ... FOR UPDATE}), asks the domain whether the code still accepts
     * an attempt, and counts it, all in one transaction: a parallel caller waits for the lock and
     * then sees the count this one left.
     */
    @Override
    public Optional<IssuedCode> reserveAttempt(UserId user, CodePurpose purpose, Instant now) {
        Objects.requireNonNull(now, "now");
        String userId = user.toString();
        return jdbi.inTransaction(handle -> {
            IssuedCodeDao dao = handle.attach(IssuedCodeDao.class);
            Optional<IssuedCode> code = dao.findForUpdate(userId, purpose.id()).map(IssuedCodeMapper::toDomain);
            if (code.isEmpty() || !code.get().acceptsAttemptAt(now)) {
                return Optional.empty();
            }
            dao.countAttempt(userId, purpose.id());
            return code;
        });
    }

    @Override
    public void remove(UserId user, CodePurpose purpose) {
        jdbi.useExtension(IssuedCodeDao.class, dao -> dao.delete(user.toString(), purpose.id()));
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbi.withExtension(IssuedCodeDao.class, dao -> dao.deleteExpiredBy(UtcDateTimes.toColumn(now)));
    }
}
