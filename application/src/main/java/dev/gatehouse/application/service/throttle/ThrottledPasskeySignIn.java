package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.passkey.PasskeySignInCommand;
import dev.gatehouse.application.port.in.passkey.PasskeySignInUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Passkey sign-in under the sign-in failures' per-client throttle: a passkey names no address
 * before it is checked, so the client is what failed answers count against. Each attempt is
 * admitted and counted in one locked step; a success takes its count back, as a right password does.
 */
public final class ThrottledPasskeySignIn implements PasskeySignInUseCase {

    private final PasskeySignInUseCase signIn;
    private final Throttle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    public ThrottledPasskeySignIn(PasskeySignInUseCase signIn, Throttle throttle, AuditTrail audit, Clock clock) {
        this.signIn = signIn;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(PasskeySignInCommand command) {
        Instant now = clock.instant();
        ThrottleKey client = ThrottleKey.perClient(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, command.origin());
        try {
            throttle.admit(now, List.of(client));
        } catch (TooManyAttemptsException throttled) {
            Attempt attempt = Attempt.refused(AttemptMethod.PASSKEY, AuditReason.THROTTLED);
            audit.record(new AuditEvent(now, AuditEventType.SIGN_IN_FAILED, Optional.empty(), Optional.empty(),
                    attempt.text(), command.origin(), Optional.of(attempt)));
            throw throttled;
        }
        SignedIn signedIn = signIn.signIn(command);
        throttle.refund(client);
        return signedIn;
    }
}
