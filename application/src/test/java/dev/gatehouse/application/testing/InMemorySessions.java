package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Sessions} in a map, safe to share between threads. It reads owners from the given
 * {@link Users}, so a lookup shows the user's current state, and, like the foreign key of the
 * real table, it refuses a session whose user is not stored ({@link IllegalStateException}).
 * It counts {@link #recordLastSeen} calls so tests can tell a read from a write.
 */
public final class InMemorySessions implements Sessions {

    private final Users users;
    private final Map<SessionId, Session> byId = new LinkedHashMap<>();
    private int recordLastSeenCalls;

    public InMemorySessions(Users users) {
        this.users = users;
    }

    @Override
    public synchronized void add(Session session) {
        if (byId.containsKey(session.id())) {
            throw new IllegalStateException("session id already stored: " + session.id());
        }
        if (users.findById(session.userId()).isEmpty()) {
            throw new IllegalStateException("session of a user that is not stored: " + session.userId());
        }
        byId.put(session.id(), session);
    }

    @Override
    public synchronized Optional<SessionOfUser> findWithUserByTokenHash(SessionTokenHash tokenHash) {
        return byId.values().stream()
                .filter(session -> session.tokenHash().equals(tokenHash))
                .findFirst()
                .map(session -> new SessionOfUser(session, owner(session)));
    }

    @Override
    public synchronized Optional<SessionOfUser> findWithUserByReplacedTokenHash(SessionTokenHash replacedTokenHash) {
        return byId.values().stream()
                .filter(session -> session.replacedTokenHash().filter(replacedTokenHash::equals).isPresent())
                .findFirst()
                .map(session -> new SessionOfUser(session, owner(session)));
    }

    @Override
    public synchronized boolean replaceToken(Session rotated) {
        Session stored = byId.get(rotated.id());
        if (stored == null || !rotated.replacedTokenHash().filter(stored.tokenHash()::equals).isPresent()) {
            return false;
        }
        byId.put(rotated.id(), rotated.seenAt(stored.lastSeenAt()));
        return true;
    }

    @Override
    public synchronized List<Session> findByUser(UserId user) {
        return byId.values().stream().filter(session -> session.userId().equals(user)).toList();
    }

    @Override
    public synchronized void recordLastSeen(SessionId session, Instant lastSeenAt) {
        recordLastSeenCalls++;
        Session stored = byId.get(session);
        if (stored != null) {
            byId.put(session, stored.seenAt(lastSeenAt));
        }
    }

    @Override
    public synchronized boolean remove(SessionId session) {
        return byId.remove(session) != null;
    }

    @Override
    public synchronized boolean removeOwnedBy(UserId owner, SessionId session) {
        Session stored = byId.get(session);
        if (stored == null || !stored.userId().equals(owner)) {
            return false;
        }
        byId.remove(session);
        return true;
    }

    @Override
    public synchronized int removeAllOf(UserId user) {
        return removeIf(session -> session.userId().equals(user));
    }

    @Override
    public synchronized int removeAllOfExcept(UserId user, SessionId kept) {
        return removeIf(session -> session.userId().equals(user) && !session.id().equals(kept));
    }

    @Override
    public synchronized int removeExpired(Instant now, Instant idleCutoff) {
        return removeIf(session -> !session.absoluteExpiresAt().isAfter(now)
                || !session.rememberMe() && !session.lastSeenAt().isAfter(idleCutoff));
    }

    private int removeIf(java.util.function.Predicate<Session> doomed) {
        int before = byId.size();
        byId.values().removeIf(doomed);
        return before - byId.size();
    }

    public synchronized Optional<Session> findById(SessionId session) {
        return Optional.ofNullable(byId.get(session));
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized int recordLastSeenCalls() {
        return recordLastSeenCalls;
    }

    private User owner(Session session) {
        return users.findById(session.userId())
                .orElseThrow(() -> new IllegalStateException("stored session without its user: " + session.id()));
    }
}
