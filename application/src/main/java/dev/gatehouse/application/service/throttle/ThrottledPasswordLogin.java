package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.password.PasswordPolicy;
import java.time.Clock;

/**
 * Password sign-in under the guessing throttle; a browser that signed in before waits on its own
 * count. An overlong password is refused once the client's attempt is counted and before the
 * address's is: it costs the sender, never the account.
 */
public final class ThrottledPasswordLogin implements PasswordLoginUseCase {

    private final PasswordLoginUseCase login;
    private final GuessGuard guard;
    private final DeviceRecognition devices;

    public ThrottledPasswordLogin(PasswordLoginUseCase login, Throttle throttle, DeviceTokens devices, AuditTrail audit,
                                  Clock clock) {
        this.login = login;
        this.guard = new GuessGuard(throttle, audit, clock);
        this.devices = new DeviceRecognition(devices, clock);
    }

    @Override
    public SignedIn logIn(PasswordLoginCommand command) {
        return guard.attempt(command.email(), command.origin(), devices.recognised(command.held(), command.email()),
                AuditEventType.SIGN_IN_FAILED, AttemptMethod.PASSWORD, () -> PasswordPolicy.enforceMaxLength(command.password()),
                () -> login.logIn(command));
    }
}
