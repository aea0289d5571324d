package dev.gatehouse.application.service.cache;

import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.testing.InMemorySessionRevocations;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MapSessionCacheStore;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Optional;

/**
 * One node's cache over in-memory stores. {@link #users} and {@link #sessions} are the database: a
 * change made to them directly is one this node's cache was not told of (another node's, say), while
 * {@link #cachingUsers} and {@link #cachingSessions} are the ports the services use.
 */
final class CacheFixture {

    static final Duration TTL = Duration.ofSeconds(1);

    final MutableClock clock = MutableClock.atDefaultStart();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemorySessions sessions = new InMemorySessions(users);
    final InMemorySessionRevocations feed = new InMemorySessionRevocations(clock);
    final MapSessionCacheStore store = new MapSessionCacheStore();
    final CommitPointTransactions transactions = new CommitPointTransactions();
    final SessionCache cache;
    final CachingSessions cachingSessions;
    final CacheEvictingUsers cachingUsers;
    private final SequentialIds ids = new SequentialIds();
    private final SeededTokens tokens = new SeededTokens();

    CacheFixture() {
        this(TTL);
    }

    CacheFixture(Duration ttl) {
        cache = new SessionCache(store, ttl, clock);
        cachingSessions = new CachingSessions(sessions, cache, feed, transactions);
        cachingUsers = new CacheEvictingUsers(users, cache, feed, transactions);
    }

    User storedUser() {
        User user = TestUsers.aUser().build();
        users.add(user);
        return user;
    }

    StoredSession storedSession(User owner) {
        SessionToken token = tokens.newSessionToken();
        Session session = TestSessions.aSession().of(owner).withToken(token).withId(ids.newSessionId())
                .createdAt(clock.instant()).absoluteExpiresAt(clock.instant().plus(Duration.ofHours(12))).build();
        sessions.add(session);
        return new StoredSession(token, session);
    }

    /** The session check as the authentication path asks it. */
    Optional<SessionOfUser> check(StoredSession stored) {
        return cachingSessions.findWithUserByTokenHash(stored.token().hash());
    }

    record StoredSession(SessionToken token, Session session) {
    }
}
