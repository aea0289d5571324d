package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.account.AccountProof;
import dev.gatehouse.application.port.in.account.DeleteAccountCommand;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.password.PasswordPolicy;
import java.time.Clock;
import java.util.Optional;

/** Asking for the password or a code before deleting is one more place to guess them: the same throttle as sign-in. */
public final class ThrottledAccountDeletion implements DeleteAccountUseCase {

    private final DeleteAccountUseCase deletion;
    private final GuessGuard guard;

    public ThrottledAccountDeletion(DeleteAccountUseCase deletion, Throttle throttle, AuditTrail audit, Clock clock) {
        this.deletion = deletion;
        this.guard = new GuessGuard(throttle, audit, clock);
    }

    @Override
    public void delete(DeleteAccountCommand command) {
        guard.attempt(command.current().user().email(), command.origin(), Optional.empty(),
                AuditEventType.SIGN_IN_FAILED, AttemptMethod.ACCOUNT_DELETION, () -> {
                    if (command.proof() instanceof AccountProof.Password given) {
                        PasswordPolicy.enforceMaxLength(given.password());
                    }
                }, () -> {
                    deletion.delete(command);
                    return null;
                });
    }
}
