package dev.gatehouse.application.service.mfa;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.out.Reauthentications;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.application.service.throttle.ThrottlePolicies;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.mfa.RecentAuthentication;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sudo mode's clock: the sign-in, then each re-authentication, counts for the window and no longer. */
class RecentAuthenticationTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final Map<SessionId, Instant> recorded = new HashMap<>();
    private final Reauthentications reauthentications = new Reauthentications() {
        @Override
        public void record(SessionId session, Instant at) {
            recorded.merge(session, at, (before, now) -> now.isAfter(before) ? now : before);
        }

        @Override
        public Optional<Instant> latest(SessionId session) {
            return Optional.ofNullable(recorded.get(session));
        }
    };
    private final ReauthenticationService service = new ReauthenticationService(reauthentications,
            new FastPasswordHasher(), null, new Throttle(new InMemoryAttemptCounters(), ThrottlePolicies.defaults()),
            new InMemoryAuditTrail(), new MfaSettings("Gatehouse", Duration.ofMinutes(5),
                    new RecentAuthentication(WINDOW), Set.of()), clock);

    private Authenticated signedInNow() {
        User user = aUser().build();
        Session session = TestSessions.aSession().of(user).createdAt(clock.instant()).build();
        return new Authenticated(TestSessions.randomToken(), session, user, session.absoluteExpiresAt());
    }

    @Test
    void aSignInIsRecentForTheWindowAndNotAMomentLonger() {
        Authenticated current = signedInNow();

        clock.advance(WINDOW);
        assertThatCode(() -> service.requireRecent(current)).doesNotThrowAnyException();
        clock.advance(Duration.ofNanos(1000));
        assertThatThrownBy(() -> service.requireRecent(current)).isInstanceOf(ReauthenticationRequiredException.class);
    }

    @Test
    void aReauthenticationStartsTheWindowAgain() {
        Authenticated current = signedInNow();
        clock.advance(Duration.ofMinutes(30));
        reauthentications.record(current.session().id(), clock.instant());

        clock.advance(Duration.ofMinutes(9));
        assertThatCode(() -> service.requireRecent(current)).doesNotThrowAnyException();
        assertThat(service.recentUntil(current)).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> service.requireRecent(current)).isInstanceOf(ReauthenticationRequiredException.class);
    }
}
