package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.account.ChangePasswordCommand;
import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEventType;
import java.time.Clock;

/** Asking for the current password is one more place to guess it: the same throttle as sign-in. */
public final class ThrottledPasswordChange implements ChangePasswordUseCase {

    private final ChangePasswordUseCase change;
    private final GuessGuard guard;

    public ThrottledPasswordChange(ChangePasswordUseCase change, Throttle throttle, AuditTrail audit, Clock clock) {
        this.change = change;
        this.guard = new GuessGuard(throttle, audit, clock);
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        guard.attempt(command.current().user().email(), command.origin(), AuditEventType.SIGN_IN_FAILED,
                AttemptMethod.PASSWORD_CHANGE, () -> {
                    change.changePassword(command);
                    return null;
                });
    }
}
