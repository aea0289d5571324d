package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.service.session.SessionFakes.LIFETIME;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {

    private final SessionFakes fakes = new SessionFakes();
    private final LogOutService service = new LogOutService(fakes.sessions);
    private final AuthenticateSessionService authentication =
            new AuthenticateSessionService(fakes.sessions, LIFETIME, Duration.ofMinutes(1), fakes.clock);
    private final User ann = fakes.stored(aUser());

    @Test
    void tokenOfEndedSessionIsRefusedAtOnce() {
        StoredSession session = fakes.storedSessionStartingNow(ann);

        service.logOut(session.session().id());

        assertThat(authentication.authenticate(session.token())).isEmpty();
        assertThat(fakes.sessions.findById(session.session().id())).isEmpty();
    }

    @Test
    void otherSessionsOfTheUserCarryOn() {
        StoredSession leaving = fakes.storedSessionStartingNow(ann);
        StoredSession staying = fakes.storedSessionStartingNow(ann);

        service.logOut(leaving.session().id());

        assertThat(fakes.sessions.findByUser(ann.id())).extracting(Session::id).containsExactly(staying.session().id());
        assertThat(authentication.authenticate(staying.token())).isPresent();
    }

    @Test
    void loggingOutTwiceIsHarmless() {
        StoredSession session = fakes.storedSessionStartingNow(ann);
        service.logOut(session.session().id());

        assertThatCode(() -> service.logOut(session.session().id())).doesNotThrowAnyException();
    }
}
