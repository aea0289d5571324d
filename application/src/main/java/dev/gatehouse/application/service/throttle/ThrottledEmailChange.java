package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.ConfirmEmailChangeUseCase;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.account.RequestEmailChangeUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.user.User;
import java.time.Clock;

/**
 * A change of address asks for the password and then for a code: two more places to guess either,
 * under the same throttle as sign-in, counted on the account's current address.
 */
public final class ThrottledEmailChange implements RequestEmailChangeUseCase, ConfirmEmailChangeUseCase {

    private final RequestEmailChangeUseCase request;
    private final ConfirmEmailChangeUseCase confirm;
    private final GuessGuard guard;

    public ThrottledEmailChange(RequestEmailChangeUseCase request, ConfirmEmailChangeUseCase confirm,
                                Throttle throttle, AuditTrail audit, Clock clock) {
        this.request = request;
        this.confirm = confirm;
        this.guard = new GuessGuard(throttle, audit, clock);
    }

    @Override
    public void requestEmailChange(RequestEmailChangeCommand command) {
        guard.attempt(command.current().user().email(), command.origin(), AuditEventType.SIGN_IN_FAILED,
                AttemptMethod.EMAIL_CHANGE, () -> {
                    request.requestEmailChange(command);
                    return null;
                });
    }

    @Override
    public User confirmEmailChange(ConfirmEmailChangeCommand command) {
        return guard.attempt(command.current().user().email(), command.origin(), AuditEventType.CODE_REJECTED,
                AttemptMethod.EMAIL_CHANGE, () -> confirm.confirmEmailChange(command));
    }
}
