package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link JdbiSessions} whose last-seen marks are collected and written by {@link #flush()}, which
 * the server calls every second and at shutdown, rather than by the request that made them. A mark
 * is written at most once a minute per session anyway; but with many active sessions those writes
 * were a commit, and so a disk flush, inside one request in twenty, and the largest cost of the
 * session check (docs/benchmarks.md). Batched, they are one commit a second.
 *
 * <p>What it changes: a mark reaches the database, and so other nodes and the session list, up to a
 * flush interval later, and a crash loses the marks of that last interval, which can end an idle
 * session that much early. Nothing about revocation changes: it never depended on these marks.
 */
public final class DeferredLastSeenSessions implements Sessions {

    private final JdbiSessions sessions;
    private final ConcurrentHashMap<SessionId, Instant> pending = new ConcurrentHashMap<>();

    public DeferredLastSeenSessions(JdbiSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public void recordLastSeen(SessionId session, Instant lastSeenAt) {
        pending.merge(session, lastSeenAt, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /**
     * Writes the marks collected so far in one transaction. If that fails they are dropped: the
     * stored mark stays old, so the session's next request collects a new one.
     *
     * @return how many marks were written
     */
    public int flush() {
        Map<SessionId, Instant> batch = new HashMap<>();
        for (SessionId session : pending.keySet()) {
            Instant mark = pending.remove(session);
            if (mark != null) {
                batch.put(session, mark);
            }
        }
        sessions.recordLastSeen(batch);
        return batch.size();
    }

    @Override
    public void add(Session session) {
        sessions.add(session);
    }

    @Override
    public Optional<SessionOfUser> findWithUserByTokenHash(SessionTokenHash tokenHash) {
        return sessions.findWithUserByTokenHash(tokenHash);
    }

    @Override
    public Optional<SessionOfUser> findWithUserByReplacedTokenHash(SessionTokenHash replacedTokenHash) {
        return sessions.findWithUserByReplacedTokenHash(replacedTokenHash);
    }

    @Override
    public boolean replaceToken(Session rotated) {
        return sessions.replaceToken(rotated);
    }

    @Override
    public List<Session> findByUser(UserId user) {
        return sessions.findByUser(user);
    }

    @Override
    public boolean remove(SessionId session) {
        return sessions.remove(session);
    }

    @Override
    public boolean removeOwnedBy(UserId owner, SessionId session) {
        return sessions.removeOwnedBy(owner, session);
    }

    @Override
    public int removeAllOf(UserId user) {
        return sessions.removeAllOf(user);
    }

    @Override
    public int removeAllOfExcept(UserId user, SessionId kept) {
        return sessions.removeAllOfExcept(user, kept);
    }

    @Override
    public int removeExpired(Instant now, Instant idleCutoff) {
        return sessions.removeExpired(now, idleCutoff);
    }
}
