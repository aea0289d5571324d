package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.service.session.SessionFakes.LIFETIME;
import static dev.gatehouse.application.testing.TestOrigins.BROWSER;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {

    private final SessionFakes fakes = new SessionFakes();
    private final LogOutService service = new LogOutService(fakes.sessions, fakes.audit, fakes.clock);
    private final AuthenticateSessionService authentication =
            new AuthenticateSessionService(fakes.sessions, LIFETIME, SessionFakes.ROTATION, Duration.ofMinutes(1), fakes.audit,
                    fakes.clock);
    private final User ann = fakes.stored(aUser());
    private final Actor asAnn = new Actor(ann, TestOrigins.BROWSER);

    @Test
    void tokenOfEndedSessionIsRefusedAtOnce() {
        StoredSession session = fakes.storedSessionStartingNow(ann);

        service.logOut(session.session().id(), asAnn);

        assertThat(authentication.authenticate(session.token(), BROWSER)).isEmpty();
        assertThat(fakes.sessions.findById(session.session().id())).isEmpty();
    }

    @Test
    void otherSessionsOfTheUserCarryOn() {
        StoredSession leaving = fakes.storedSessionStartingNow(ann);
        StoredSession staying = fakes.storedSessionStartingNow(ann);

        service.logOut(leaving.session().id(), asAnn);

        assertThat(fakes.sessions.findByUser(ann.id())).extracting(Session::id).containsExactly(staying.session().id());
        assertThat(authentication.authenticate(staying.token(), BROWSER)).isPresent();
    }

    @Test
    void loggingOutTwiceIsHarmless() {
        StoredSession session = fakes.storedSessionStartingNow(ann);
        service.logOut(session.session().id(), asAnn);

        assertThatCode(() -> service.logOut(session.session().id(), asAnn)).doesNotThrowAnyException();
    }

    @Test
    void recordsTheSignOutOnceInTheAuditTrail() {
        StoredSession session = fakes.storedSessionStartingNow(ann);

        service.logOut(session.session().id(), asAnn);
        service.logOut(session.session().id(), asAnn);

        AuditEvent signedOut = fakes.audit.only(AuditEventType.SIGNED_OUT);
        assertThat(signedOut.actor()).contains(AuditedAccount.of(ann));
        assertThat(signedOut.subject()).contains(AuditedAccount.of(ann));
        assertThat(signedOut.origin()).isEqualTo(TestOrigins.BROWSER);
        assertThat(signedOut.at()).isEqualTo(fakes.clock.instant());
    }
}
