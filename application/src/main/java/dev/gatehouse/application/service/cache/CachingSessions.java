package dev.gatehouse.application.service.cache;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link Sessions} whose session check ({@link #findWithUserByTokenHash}) is answered from the
 * {@link SessionCache}, and whose every removal drops what it removed from that cache once the
 * removal has committed, before the caller's response can go out, and posts it to the revocation
 * feed in the same transaction, for the other nodes. Whoever removes sessions through this port,
 * now or later, gets both without knowing the cache exists.
 */
public final class CachingSessions implements Sessions {

    private final Sessions sessions;
    private final SessionCache cache;
    private final SessionRevocations feed;
    private final TransactionRunner transactions;

    public CachingSessions(Sessions sessions, SessionCache cache, SessionRevocations feed,
                           TransactionRunner transactions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Optional<SessionOfUser> findWithUserByTokenHash(SessionTokenHash tokenHash) {
        return cache.find(tokenHash, sessions::findWithUserByTokenHash);
    }

    @Override
    public boolean remove(SessionId session) {
        return revoking(() -> sessions.remove(session), Revocation.ofSession(session));
    }

    @Override
    public boolean removeOwnedBy(UserId owner, SessionId session) {
        return revoking(() -> sessions.removeOwnedBy(owner, session), Revocation.ofSession(session));
    }

    @Override
    public int removeAllOf(UserId user) {
        return revokingAll(() -> sessions.removeAllOf(user), user);
    }

    /** The kept session's entry goes too (it is read again on its next request): simpler than an exception. */
    @Override
    public int removeAllOfExcept(UserId user, SessionId kept) {
        return revokingAll(() -> sessions.removeAllOfExcept(user, kept), user);
    }

    /** Not a revocation, but the old token must stop being found as current: its grace is judged afresh. */
    @Override
    public boolean replaceToken(Session rotated) {
        return transactions.inTransaction(() -> {
            boolean replaced = sessions.replaceToken(rotated);
            rotated.replacedTokenHash().ifPresent(old -> transactions.afterCommit(() -> cache.evictToken(old)));
            return replaced;
        });
    }

    /**
     * Needs no eviction: a session past its absolute end, or idle by its stored last-seen time, is
     * refused by the times a cached copy holds too (its last-seen time is never newer than the stored one).
     */
    @Override
    public int removeExpired(Instant now, Instant idleCutoff) {
        return sessions.removeExpired(now, idleCutoff);
    }

    private boolean revoking(Supplier<Boolean> removal, Revocation revocation) {
        return transactions.inTransaction(() -> {
            boolean removed = removal.get();
            if (removed) {
                feed.post(revocation);
            }
            transactions.afterCommit(() -> cache.evict(revocation));
            return removed;
        });
    }

    private int revokingAll(Supplier<Integer> removal, UserId user) {
        Revocation revocation = Revocation.ofUser(user);
        return transactions.inTransaction(() -> {
            int removed = removal.get();
            if (removed > 0) {
                feed.post(revocation);
            }
            transactions.afterCommit(() -> cache.evict(revocation));
            return removed;
        });
    }

    @Override
    public void add(Session session) {
        sessions.add(session);
    }

    @Override
    public Optional<SessionOfUser> findWithUserByReplacedTokenHash(SessionTokenHash replacedTokenHash) {
        return sessions.findWithUserByReplacedTokenHash(replacedTokenHash);
    }

    @Override
    public List<Session> findByUser(UserId user) {
        return sessions.findByUser(user);
    }

    /**
     * Leaves the cached copy's mark as it was read: until that copy is read again, the session's
     * next requests collect the same mark once more, which the deferred writer merges for nothing.
     */
    @Override
    public void recordLastSeen(SessionId session, Instant lastSeenAt) {
        sessions.recordLastSeen(session, lastSeenAt);
    }
}
