package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevokeOwnSessionServiceTest {

    private final SessionFakes fakes = new SessionFakes();
    private final RevokeOwnSessionService service = new RevokeOwnSessionService(fakes.sessions, fakes.audit, fakes.clock);
    private final User ann = fakes.stored(aUser());
    private final User mallory = fakes.stored(aUser());
    private final Actor asAnn = new Actor(ann, TestOrigins.BROWSER);

    @Test
    void revokesOwnSessionAndNoOther() {
        StoredSession revoked = fakes.storedSessionStartingNow(ann);
        StoredSession kept = fakes.storedSessionStartingNow(ann);

        service.revoke(asAnn, revoked.session().id());

        assertThat(fakes.sessions.findByUser(ann.id())).extracting(Session::id).containsExactly(kept.session().id());
        assertThat(fakes.audit.only(AuditEventType.SESSION_REVOKED).actor()).contains(AuditedAccount.of(ann));
    }

    @Test
    void refusesToRevokeAnotherUsersSessionAndLeavesIt() {
        StoredSession annsSession = fakes.storedSessionStartingNow(ann);

        assertThatThrownBy(() -> service.revoke(new Actor(mallory, TestOrigins.OTHER_CLIENT), annsSession.session().id()))
                .isInstanceOf(SessionNotFoundException.class);

        assertThat(fakes.sessions.findById(annsSession.session().id())).isPresent();
        assertThat(fakes.audit.events()).isEmpty();
    }

    @Test
    void reportsUnknownSessionAsNotFound() {
        fakes.storedSessionStartingNow(ann);

        assertThatThrownBy(() -> service.revoke(asAnn, new SessionId(UUID.randomUUID())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(fakes.sessions.size()).isEqualTo(1);
    }

    @Test
    void reportsAlreadyRevokedSessionAsNotFound() {
        StoredSession session = fakes.storedSessionStartingNow(ann);
        service.revoke(asAnn, session.session().id());

        assertThatThrownBy(() -> service.revoke(asAnn, session.session().id()))
                .isInstanceOf(SessionNotFoundException.class);
    }
}
