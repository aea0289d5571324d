package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeferredLastSeenSessionsTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Instant CREATED = TestSessions.DEFAULT_CREATED_AT;

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final JdbiSessions stored = new JdbiSessions(jdbi);
    private final DeferredLastSeenSessions sessions = new DeferredLastSeenSessions(stored);

    @Test
    void writesMarksOnlyWhenFlushed() {
        SessionToken token = TestSessions.randomToken();
        Session session = storedSession(token);
        Instant seen = CREATED.plus(Duration.ofMinutes(5));

        sessions.recordLastSeen(session.id(), seen);

        assertThat(lastSeenOf(token)).isEqualTo(CREATED);
        assertThat(sessions.flush()).isEqualTo(1);
        assertThat(lastSeenOf(token)).isEqualTo(seen);
        assertThat(sessions.flush()).isZero();
    }

    @Test
    void keepsTheLatestOfSeveralMarksOfOneSession() {
        SessionToken token = TestSessions.randomToken();
        Session session = storedSession(token);
        Instant later = CREATED.plus(Duration.ofMinutes(9));

        sessions.recordLastSeen(session.id(), CREATED.plus(Duration.ofMinutes(3)));
        sessions.recordLastSeen(session.id(), later);
        sessions.recordLastSeen(session.id(), CREATED.plus(Duration.ofMinutes(6)));

        assertThat(sessions.flush()).isEqualTo(1);
        assertThat(lastSeenOf(token)).isEqualTo(later);
    }

    @Test
    void writesTheMarksOfManySessionsAtOnce() {
        SessionToken first = TestSessions.randomToken();
        SessionToken second = TestSessions.randomToken();
        Session one = storedSession(first);
        Session two = storedSession(second);

        sessions.recordLastSeen(one.id(), CREATED.plus(Duration.ofMinutes(1)));
        sessions.recordLastSeen(two.id(), CREATED.plus(Duration.ofMinutes(2)));

        assertThat(sessions.flush()).isEqualTo(2);
        assertThat(lastSeenOf(first)).isEqualTo(CREATED.plus(Duration.ofMinutes(1)));
        assertThat(lastSeenOf(second)).isEqualTo(CREATED.plus(Duration.ofMinutes(2)));
    }

    @Test
    void neverMovesAStoredMarkBack() {
        SessionToken token = TestSessions.randomToken();
        Session session = storedSession(token);
        Instant newer = CREATED.plus(Duration.ofMinutes(10));
        stored.recordLastSeen(session.id(), newer);

        sessions.recordLastSeen(session.id(), CREATED.plus(Duration.ofMinutes(4)));
        sessions.flush();

        assertThat(lastSeenOf(token)).isEqualTo(newer);
    }

    @Test
    void aMarkOfASessionEndedMeanwhileChangesNothing() {
        SessionToken token = TestSessions.randomToken();
        Session session = storedSession(token);
        sessions.recordLastSeen(session.id(), CREATED.plus(Duration.ofMinutes(2)));

        assertThat(sessions.remove(session.id())).isTrue();
        sessions.flush();

        assertThat(sessions.findWithUserByTokenHash(token.hash())).isEmpty();
    }

    private Session storedSession(SessionToken token) {
        User user = aUser().build();
        new JdbiUsers(jdbi).add(user);
        Session session = aSession().of(user).withToken(token).createdAt(CREATED).build();
        sessions.add(session);
        return session;
    }

    private Instant lastSeenOf(SessionToken token) {
        return sessions.findWithUserByTokenHash(token.hash()).orElseThrow().session().lastSeenAt();
    }
}
