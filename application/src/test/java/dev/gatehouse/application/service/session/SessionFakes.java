package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.service.notice.SignInNotices;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.session.TokenRotation;
import dev.gatehouse.domain.user.User;
import java.time.Duration;

/**
 * The outbound ports of the session services as in-memory fakes over one store, a clock that
 * stands at {@link MutableClock#DEFAULT_START} until moved, sequential ids and seeded tokens.
 */
final class SessionFakes {

    /** Half an hour idle, twelve hours absolute, thirty days remembered. */
    static final SessionLifetime LIFETIME =
            new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofDays(30));

    /** An hour between tokens of a remember-me session, half a minute of grace. */
    static final TokenRotation ROTATION = new TokenRotation(Duration.ofHours(1), Duration.ofSeconds(30));

    final MutableClock clock = MutableClock.atDefaultStart();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemorySessions sessions = new InMemorySessions(users);
    final FastPasswordHasher hasher = new FastPasswordHasher();
    final SequentialIds ids = new SequentialIds();
    final SeededTokens tokens = new SeededTokens();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryDeviceTokens devices = new InMemoryDeviceTokens();
    final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    /** Whether a sign-in from a browser not recognised is told (the setting, on by default). */
    boolean newBrowserSignInNotices = true;

    SessionStarter sessionStarter() {
        return new SessionStarter(users, sessions, tokens, ids, LIFETIME, new DirectTransactionRunner(), audit, devices,
                new SignInNotices(devices, outbox, newBrowserSignInNotices));
    }

    User stored(TestUsers user) {
        User built = user.build();
        users.add(built);
        return built;
    }

    /** A session of {@code owner} that starts now; the builder may change its times. */
    StoredSession storedSession(User owner, TestSessions session) {
        SessionToken token = tokens.newSessionToken();
        Session built = session.of(owner).withToken(token).withId(ids.newSessionId()).build();
        sessions.add(built);
        return new StoredSession(token, built, owner);
    }

    StoredSession storedSessionStartingNow(User owner) {
        return storedSession(owner, TestSessions.aSession().createdAt(clock.instant())
                .absoluteExpiresAt(clock.instant().plus(LIFETIME.absoluteLifetime())));
    }

    record StoredSession(SessionToken token, Session session, User owner) {

        Authenticated asAuthenticated() {
            return new Authenticated(token, session, owner, session.expiresAt(LIFETIME));
        }
    }
}
