package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

class SessionStarterTest {

    private final SessionFakes fakes = new SessionFakes();
    private final SessionStarter starter = fakes.sessionStarter();

    @Test
    void aSignInDecidedOnAnAccountThatChangedMeanwhileIsRefusedAsAWrongSecretAndAuditedAsSuch() {
        User decidedOn = fakes.stored(aUser().withEmail("ann@example.org"));
        fakes.users.update(decidedOn.disable());

        assertThatThrownBy(() -> starter.start(decidedOn, decidedOn, SignInMethod.PASSWORD, false,
                TestOrigins.BROWSER, HeldTokens.NONE, fakes.clock.instant()))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> starter.start(decidedOn, decidedOn, SignInMethod.CODE, false,
                TestOrigins.BROWSER, HeldTokens.NONE, fakes.clock.instant()))
                .isInstanceOf(InvalidCodeException.class);

        assertThat(fakes.sessions.findByUser(decidedOn.id())).isEmpty();
        assertThat(fakes.audit.eventsOf(AuditEventType.SIGN_IN_FAILED)).extracting(AuditEvent::detail)
                .containsExactly("password: changed-during-sign-in", "code: changed-during-sign-in");
    }
}
