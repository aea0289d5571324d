package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEventType;
import java.time.Clock;

/** Password sign-in under the guessing throttle. */
public final class ThrottledPasswordLogin implements PasswordLoginUseCase {

    private final PasswordLoginUseCase login;
    private final GuessGuard guard;

    public ThrottledPasswordLogin(PasswordLoginUseCase login, Throttle throttle, AuditTrail audit, Clock clock) {
        this.login = login;
        this.guard = new GuessGuard(throttle, audit, clock);
    }

    @Override
    public SignedIn logIn(PasswordLoginCommand command) {
        return guard.attempt(command.email(), command.origin(), AuditEventType.SIGN_IN_FAILED, "password",
                () -> login.logIn(command));
    }
}
