package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link Sessions} in the {@code sessions} table, which holds the SHA-256 of each token and never
 * the token. Each method joins the transaction of a surrounding {@link JdbiTransactionRunner} on
 * the same thread.
 */
public final class JdbiSessions implements Sessions {

    private final Jdbi jdbi;

    public JdbiSessions(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Session session) {
        SessionRow row = SessionMapper.toRow(session);
        jdbi.useExtension(SessionDao.class, dao -> dao.insert(row));
    }

    @Override
    public Optional<SessionOfUser> findWithUserByTokenHash(SessionTokenHash tokenHash) {
        return jdbi.withExtension(SessionCheckDao.class, dao -> dao.findWithUserByTokenHash(tokenHash.hex()))
                .map(row -> new SessionOfUser(SessionMapper.toDomain(row.session()), UserMapper.toDomain(row.user())));
    }

    @Override
    public Optional<SessionOfUser> findWithUserByReplacedTokenHash(SessionTokenHash replacedTokenHash) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.findWithUserByReplacedTokenHash(replacedTokenHash.hex()))
                .map(row -> new SessionOfUser(SessionMapper.toDomain(row.session()), UserMapper.toDomain(row.user())));
    }

    @Override
    public boolean replaceToken(Session rotated) {
        SessionTokenHash replaced = rotated.replacedTokenHash()
                .orElseThrow(() -> new IllegalArgumentException("a session whose token replaced none: " + rotated.id()));
        return jdbi.withExtension(SessionDao.class, dao -> dao.replaceToken(rotated.id().toString(),
                rotated.tokenHash().hex(), replaced.hex(), UtcDateTimes.toColumn(rotated.tokenIssuedAt()))) > 0;
    }

    @Override
    public List<Session> findByUser(UserId user) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.findByUser(user.toString())).stream()
                .map(SessionMapper::toDomain)
                .toList();
    }

    @Override
    public void recordLastSeen(SessionId session, Instant lastSeenAt) {
        jdbi.useExtension(SessionDao.class, dao -> dao.recordLastSeen(session.toString(), UtcDateTimes.toColumn(lastSeenAt)));
    }

    /**
     * Writes many last-seen marks in one transaction, so one commit. In the order of the session ids,
     * so that two nodes writing at once take their row locks in the same order and cannot deadlock.
     */
    public void recordLastSeen(Map<SessionId, Instant> marks) {
        if (marks.isEmpty()) {
            return;
        }
        List<Map.Entry<String, Instant>> ordered = marks.entrySet().stream()
                .map(mark -> Map.entry(mark.getKey().toString(), mark.getValue()))
                .sorted(Map.Entry.comparingByKey())
                .toList();
        List<String> ids = ordered.stream().map(Map.Entry::getKey).toList();
        List<LocalDateTime> times = ordered.stream().map(mark -> UtcDateTimes.toColumn(mark.getValue())).toList();
        jdbi.useTransaction(handle -> handle.attach(SessionDao.class).recordLastSeenAll(ids, times));
    }

    @Override
    public boolean remove(SessionId session) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.delete(session.toString())) > 0;
    }

    @Override
    public boolean removeOwnedBy(UserId owner, SessionId session) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.deleteOwnedBy(owner.toString(), session.toString())) > 0;
    }

    @Override
    public int removeAllOf(UserId user) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.deleteAllOf(user.toString()));
    }

    @Override
    public int removeAllOfExcept(UserId user, SessionId kept) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.deleteAllOfExcept(user.toString(), kept.toString()));
    }

    @Override
    public int removeExpired(Instant now, Instant idleCutoff) {
        return jdbi.withExtension(SessionDao.class,
                dao -> dao.deleteExpired(UtcDateTimes.toColumn(now), UtcDateTimes.toColumn(idleCutoff)));
    }
}
