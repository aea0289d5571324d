package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.service.session.SessionFakes.LIFETIME;
import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListOwnSessionsServiceTest {

    private final SessionFakes fakes = new SessionFakes();
    private final ListOwnSessionsService service = new ListOwnSessionsService(fakes.sessions, LIFETIME, fakes.clock,
            agent -> "named after " + agent.orElse("nothing"));
    private final User ann = fakes.stored(aUser());
    private final Instant now = fakes.clock.instant();

    /** A session of ann that started two hours ago and was last used {@code minutesAgo}. */
    private StoredSession annsSessionSeen(long minutesAgo) {
        Instant start = now.minus(Duration.ofHours(2));
        return fakes.storedSession(ann, aSession().createdAt(start).lastSeenAt(now.minus(Duration.ofMinutes(minutesAgo)))
                .absoluteExpiresAt(start.plus(LIFETIME.absoluteLifetime())));
    }

    private static List<SessionId> idsOf(List<OwnSession> sessions) {
        return sessions.stream().map(own -> own.session().id()).toList();
    }

    @Test
    void listsLiveSessionsMostRecentlyUsedFirst() {
        StoredSession tenMinutesAgo = annsSessionSeen(10);
        StoredSession justNow = annsSessionSeen(0);
        StoredSession twentyMinutesAgo = annsSessionSeen(20);

        List<OwnSession> listed = service.listOwnSessions(justNow.asAuthenticated());

        assertThat(idsOf(listed)).containsExactly(
                justNow.session().id(), tenMinutesAgo.session().id(), twentyMinutesAgo.session().id());
    }

    @Test
    void marksOnlyTheAskingSessionAsCurrent() {
        StoredSession other = annsSessionSeen(0);
        StoredSession asking = annsSessionSeen(5);

        List<OwnSession> listed = service.listOwnSessions(asking.asAuthenticated());

        assertThat(listed).filteredOn(OwnSession::current).extracting(own -> own.session().id())
                .containsExactly(asking.session().id());
        assertThat(listed).hasSize(2).anySatisfy(own -> {
            assertThat(own.session().id()).isEqualTo(other.session().id());
            assertThat(own.current()).isFalse();
        });
    }

    @Test
    void namesEachSessionsBrowserFromItsAgent() {
        StoredSession asking = annsSessionSeen(0);

        List<OwnSession> listed = service.listOwnSessions(asking.asAuthenticated());

        assertThat(listed).extracting(OwnSession::browser)
                .containsExactly("named after " + asking.session().userAgent().orElseThrow());
    }

    @Test
    void leavesOutOtherUsersSessions() {
        StoredSession asking = annsSessionSeen(0);
        fakes.storedSessionStartingNow(fakes.stored(aUser()));

        assertThat(idsOf(service.listOwnSessions(asking.asAuthenticated()))).containsExactly(asking.session().id());
    }

    @Test
    void leavesOutExpiredSessions() {
        StoredSession asking = annsSessionSeen(0);
        annsSessionSeen(30);
        StoredSession rememberedLongAgo = fakes.storedSession(ann, aSession().rememberMe()
                .createdAt(now.minus(Duration.ofDays(31))).absoluteExpiresAt(now.minus(Duration.ofDays(1))));

        List<OwnSession> listed = service.listOwnSessions(asking.asAuthenticated());

        assertThat(idsOf(listed)).containsExactly(asking.session().id()).doesNotContain(rememberedLongAgo.session().id());
    }

    @Test
    void listsRememberedSessionsIdleForDays() {
        StoredSession asking = annsSessionSeen(0);
        StoredSession remembered = fakes.storedSession(ann, aSession().rememberMe()
                .createdAt(now.minus(Duration.ofDays(5))).absoluteExpiresAt(now.plus(Duration.ofDays(25))));

        assertThat(idsOf(service.listOwnSessions(asking.asAuthenticated())))
                .containsExactly(asking.session().id(), remembered.session().id());
    }
}
