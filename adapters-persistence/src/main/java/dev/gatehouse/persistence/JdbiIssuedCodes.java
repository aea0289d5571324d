package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.CodeVerdict;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link IssuedCodes} in the {@code login_codes} table, a row per code, holding the keyed hash of
 * the code and never the code. Each method joins the transaction of a surrounding
 * {@link JdbiTransactionRunner} on the same thread.
 */
public final class JdbiIssuedCodes implements IssuedCodes {

    private final Jdbi jdbi;

    public JdbiIssuedCodes(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /**
     * The owner's row in {@code users} is locked first, as every other writer of the account's codes
     * does, so that two requests cannot both find no recent code and both add one.
     */
    @Override
    public boolean add(IssuedCode code, Duration resendInterval) {
        IssuedCodeRow row = IssuedCodeMapper.toRow(code);
        LocalDateTime recentFrom = UtcDateTimes.toColumn(code.issuedAt().minus(resendInterval));
        return jdbi.inTransaction(handle -> {
            IssuedCodeDao dao = handle.attach(IssuedCodeDao.class);
            dao.lockOwner(row.userId());
            if (dao.countIssuedAfter(row.userId(), row.purpose(), recentFrom) > 0) {
                return false;
            }
            dao.insert(row);
            dao.firstPushedOut(row.userId(), row.purpose(), CodeRules.LIVE_CODES_KEPT)
                    .ifPresent(oldest -> dao.deleteUpTo(row.userId(), row.purpose(), oldest));
            return true;
        });
    }

    @Override
    public Optional<IssuedCode> newest(UserId user, CodePurpose purpose) {
        return jdbi.withExtension(IssuedCodeDao.class, dao -> dao.findNewest(user.toString(), purpose.id()))
                .map(IssuedCodeMapper::toDomain);
    }

    /**
     * The delete of the matching code decides, by its row count; only if it found none is the
     * attempt counted, in the same transaction, so a judged attempt is always a counted one. The
     * delete locks the user's codes of the purpose as it scans them, which lines up parallel
     * judgements of the same codes one after another.
     */
    @Override
    public CodeVerdict judge(UserId user, CodePurpose purpose, CodeHash entered, Instant now) {
        String userId = user.toString();
        LocalDateTime at = UtcDateTimes.toColumn(Objects.requireNonNull(now, "now"));
        int maxAttempts = CodeRules.MAX_ATTEMPTS_PER_CODE;
        return jdbi.inTransaction(handle -> {
            IssuedCodeDao dao = handle.attach(IssuedCodeDao.class);
            if (dao.consume(userId, purpose.id(), entered.hex(), at, maxAttempts) == 1) {
                return CodeVerdict.ACCEPTED;
            }
            return dao.countWrongAttempt(userId, purpose.id(), at, maxAttempts) > 0
                    ? CodeVerdict.WRONG : CodeVerdict.NO_LIVE_CODE;
        });
    }

    @Override
    public void removeAll(UserId user, CodePurpose purpose) {
        jdbi.useExtension(IssuedCodeDao.class, dao -> dao.deleteAll(user.toString(), purpose.id()));
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbi.withExtension(IssuedCodeDao.class, dao -> dao.deleteExpiredBy(UtcDateTimes.toColumn(now)));
    }
}
