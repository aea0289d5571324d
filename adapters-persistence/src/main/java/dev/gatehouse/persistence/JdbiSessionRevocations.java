package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link SessionRevocations} in the {@code session_revocations} table, whose auto-increment id is
 * the position. {@link #post} joins the transaction of a surrounding {@link JdbiTransactionRunner}
 * on the same thread, so the entry commits with the revocation or not at all.
 */
public final class JdbiSessionRevocations implements SessionRevocations {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiSessionRevocations(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void post(Revocation revocation) {
        String sessionId = revocation instanceof Revocation.OfSession ended ? ended.session().toString() : null;
        String userId = revocation instanceof Revocation.OfUser changed ? changed.user().toString() : null;
        jdbi.useExtension(SessionRevocationDao.class,
                dao -> dao.insert(sessionId, userId, UtcDateTimes.toColumn(clock.instant())));
    }

    @Override
    public long latestPosition() {
        return jdbi.withExtension(SessionRevocationDao.class, SessionRevocationDao::latestId);
    }

    @Override
    public List<Posted> after(long position, int limit) {
        return jdbi.withExtension(SessionRevocationDao.class, dao -> dao.after(position, limit)).stream()
                .map(JdbiSessionRevocations::toPosted)
                .toList();
    }

    private static Posted toPosted(SessionRevocationRow row) {
        Revocation revocation = row.sessionId() != null
                ? Revocation.ofSession(SessionId.parse(row.sessionId()))
                : Revocation.ofUser(UserId.parse(row.userId()));
        return new Posted(row.id(), revocation);
    }

    @Override
    public int removePostedBefore(Instant cutoff) {
        return jdbi.withExtension(SessionRevocationDao.class, dao -> dao.deleteBefore(UtcDateTimes.toColumn(cutoff)));
    }
}
