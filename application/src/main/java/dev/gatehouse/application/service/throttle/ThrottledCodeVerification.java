package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEventType;
import java.time.Clock;

/**
 * Entering a code (to sign in or to reset a password) under the same guessing throttle as
 * passwords: a guesser gains nothing by switching between them. The codes' own limits (five
 * tries a code, a hundred failures an hour an account) hold underneath.
 */
public final class ThrottledCodeVerification implements VerifySignInCodeUseCase, ConfirmPasswordResetUseCase {

    private final VerifySignInCodeUseCase verify;
    private final ConfirmPasswordResetUseCase confirmReset;
    private final GuessGuard guard;
    private final DeviceRecognition devices;

    public ThrottledCodeVerification(VerifySignInCodeUseCase verify, ConfirmPasswordResetUseCase confirmReset,
                                     Throttle throttle, DeviceTokens devices, AuditTrail audit, Clock clock) {
        this.verify = verify;
        this.confirmReset = confirmReset;
        this.guard = new GuessGuard(throttle, audit, clock);
        this.devices = new DeviceRecognition(devices, clock);
    }

    @Override
    public SignedIn verify(VerifySignInCodeCommand command) {
        return guard.attempt(command.email(), command.origin(), devices.recognised(command.held(), command.email()),
                AuditEventType.SIGN_IN_FAILED, AttemptMethod.CODE, () -> { }, () -> verify.verify(command));
    }

    @Override
    public void confirm(ConfirmPasswordResetCommand command) {
        guard.attempt(command.email(), command.origin(), AuditEventType.CODE_REJECTED, AttemptMethod.PASSWORD_RESET, () -> {
            confirmReset.confirm(command);
            return null;
        });
    }
}
