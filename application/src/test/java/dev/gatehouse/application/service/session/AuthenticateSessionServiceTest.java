package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.service.session.SessionFakes.LIFETIME;
import static dev.gatehouse.application.testing.TestOrigins.BROWSER;
import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticateSessionServiceTest {

    private static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final SessionFakes fakes = new SessionFakes();
    private final AuthenticateSessionService service =
            new AuthenticateSessionService(fakes.sessions, LIFETIME, SessionFakes.ROTATION, RESOLUTION, fakes.audit, fakes.clock);
    private final User ann = fakes.stored(aUser());

    private StoredSession rememberedSessionStartingNow() {
        Instant now = fakes.clock.instant();
        return fakes.storedSession(ann, aSession().createdAt(now).absoluteExpiresAt(now.plus(Duration.ofDays(30)))
                .rememberMe());
    }

    private boolean stillStored(StoredSession session) {
        return fakes.sessions.findById(session.session().id()).isPresent();
    }

    @Test
    void liveTokenAuthenticatesItsSessionAndUser() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);

        Authenticated authenticated = service.authenticate(stored.token(), BROWSER).orElseThrow();

        assertThat(authenticated.token()).isEqualTo(stored.token());
        assertThat(authenticated.session().id()).isEqualTo(stored.session().id());
        assertThat(authenticated.user().id()).isEqualTo(ann.id());
        assertThat(authenticated.expiresAt()).isEqualTo(fakes.clock.instant().plus(LIFETIME.idleTimeout()));
    }

    @Test
    void unknownTokenAuthenticatesNobody() {
        fakes.storedSessionStartingNow(ann);

        assertThat(service.authenticate(TestSessions.randomToken(), BROWSER)).isEmpty();
        assertThat(fakes.sessions.recordLastSeenCalls()).isZero();
    }

    @Test
    void idleSessionExpiresAndIsRemoved() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);
        fakes.clock.advance(LIFETIME.idleTimeout());

        assertThat(service.authenticate(stored.token(), BROWSER)).isEmpty();
        assertThat(stillStored(stored)).isFalse();
    }

    @Test
    void sessionInUseLivesPastTheIdleTimeout() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);

        for (int i = 0; i < 6; i++) {
            fakes.clock.advance(Duration.ofMinutes(20));
            assertThat(service.authenticate(stored.token(), BROWSER)).as("after %d min", 20 * (i + 1)).isPresent();
        }
    }

    @Test
    void sessionInUseEndsAtItsAbsoluteLifetimeAndIsRemoved() {
        Instant start = fakes.clock.instant();
        StoredSession stored = fakes.storedSession(ann, aSession().createdAt(start)
                .lastSeenAt(start.plus(Duration.ofHours(11).plusMinutes(50)))
                .absoluteExpiresAt(start.plus(LIFETIME.absoluteLifetime())));
        fakes.clock.set(start.plus(Duration.ofHours(11).plusMinutes(59)));
        assertThat(service.authenticate(stored.token(), BROWSER)).isPresent();

        fakes.clock.set(start.plus(LIFETIME.absoluteLifetime()));

        assertThat(service.authenticate(stored.token(), BROWSER)).isEmpty();
        assertThat(stillStored(stored)).isFalse();
    }

    @Test
    void rememberedSessionSurvivesDaysOfIdleness() {
        StoredSession stored = rememberedSessionStartingNow();
        Instant end = fakes.clock.instant().plus(Duration.ofDays(30));
        fakes.clock.advance(Duration.ofDays(10));

        Authenticated authenticated = service.authenticate(stored.token(), BROWSER).orElseThrow();

        assertThat(authenticated.expiresAt()).isEqualTo(end);
    }

    @Test
    void rememberedSessionEndsAfterItsLifetimeAndIsRemoved() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(Duration.ofDays(30));

        assertThat(service.authenticate(stored.token(), BROWSER)).isEmpty();
        assertThat(stillStored(stored)).isFalse();
    }

    @Test
    void deactivatedUserIsNotAuthenticated() {
        User carl = fakes.stored(aUser().inactive());
        StoredSession stored = fakes.storedSessionStartingNow(carl);
        fakes.clock.advance(Duration.ofMinutes(5));

        assertThat(service.authenticate(stored.token(), BROWSER)).isEmpty();
        assertThat(fakes.sessions.recordLastSeenCalls()).isZero();
    }

    @Test
    void useWithinTheResolutionWritesNothing() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);
        fakes.clock.advance(Duration.ofSeconds(30));

        Authenticated authenticated = service.authenticate(stored.token(), BROWSER).orElseThrow();

        assertThat(fakes.sessions.recordLastSeenCalls()).isZero();
        assertThat(fakes.sessions.findById(stored.session().id()).orElseThrow().lastSeenAt())
                .isEqualTo(stored.session().createdAt());
        assertThat(authenticated.session().lastSeenAt()).isEqualTo(stored.session().createdAt());
    }

    @Test
    void useAfterTheResolutionRecordsTheLastSeenTime() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);
        fakes.clock.advance(Duration.ofSeconds(61));
        Instant now = fakes.clock.instant();

        Authenticated authenticated = service.authenticate(stored.token(), BROWSER).orElseThrow();

        assertThat(fakes.sessions.recordLastSeenCalls()).isEqualTo(1);
        assertThat(fakes.sessions.findById(stored.session().id()).orElseThrow().lastSeenAt()).isEqualTo(now);
        assertThat(authenticated.session().lastSeenAt()).isEqualTo(now);
        assertThat(authenticated.expiresAt()).isEqualTo(now.plus(LIFETIME.idleTimeout()));
    }

    @Test
    void burstOfRequestsWritesLastSeenOnce() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);
        fakes.clock.advance(Duration.ofSeconds(61));

        for (int i = 0; i < 5; i++) {
            service.authenticate(stored.token(), BROWSER).orElseThrow();
            fakes.clock.advance(Duration.ofSeconds(5));
        }

        assertThat(fakes.sessions.recordLastSeenCalls()).isEqualTo(1);
    }
}
