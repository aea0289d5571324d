package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Throttles guessing a secret (a password, a code) for an address. Every attempt is admitted on the
 * client's key first and then on the address's, each decided and counted in one locked step, so a
 * burst of parallel guesses gets no more judged than one guess after another would. Whatever ends
 * an attempt short of success (a wrong secret, an unknown or disabled account, input refused as
 * malformed) stays counted against the client; only a success is taken back from the client and
 * clears the address. The address is the one typed, known or not, so a locked-out unknown address
 * answers exactly as a known one.
 *
 * <p>Input is validated after the client's admission and before the address's, so refused input
 * costs the client but cannot be used to push someone else's address towards its cap.
 *
 * <p>A browser that signed in to the address before ({@link DeviceToken}, checked by the caller)
 * is admitted on its own key instead, with its own cap: strangers' guessing, however much, can
 * never lock the owner's browser out. Its attempts are still counted against the address (without
 * waiting on it), and its success clears its own count only: the address's count is the record of
 * everyone else's guessing, and clearing it would hand out fresh free guesses.
 */
final class GuessGuard {

    private final Throttle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    GuessGuard(Throttle throttle, AuditTrail audit, Clock clock) {
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code refusedAs} and {@code method} name a throttled attempt in the audit trail. */
    <T> T attempt(EmailAddress email, RequestOrigin origin, AuditEventType refusedAs, AttemptMethod method,
                  Supplier<T> guess) {
        return attempt(email, origin, Optional.empty(), refusedAs, method, () -> { }, guess);
    }

    /**
     * {@code recognisedDevice}: the browser's token, if it was issued for {@code email};
     * {@code validate} throws for input that must be refused before anything is guessed.
     */
    <T> T attempt(EmailAddress email, RequestOrigin origin, Optional<DeviceToken> recognisedDevice,
                  AuditEventType refusedAs, AttemptMethod method, Runnable validate, Supplier<T> guess) {
        Instant now = clock.instant();
        ThrottleKey account = new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, email.value());
        Optional<ThrottleKey> device = recognisedDevice
                .map(token -> new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_DEVICE, token.value()));
        ThrottleKey requester = device.orElseGet(
                () -> ThrottleKey.perClient(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, origin));
        admit(now, requester, email, origin, refusedAs, method);
        validate.run();
        if (device.isPresent()) {
            throttle.count(now, List.of(account));
        } else {
            admit(now, account, email, origin, refusedAs, method);
        }
        try {
            T result = guess.get();
            succeeded(device.isPresent(), requester, account);
            return result;
        } catch (SecondFactorRequiredException rightFirstFactor) {
            // The secret was right; the second factor is guessed on a count of its own.
            succeeded(device.isPresent(), requester, account);
            throw rightFirstFactor;
        }
    }

    private void succeeded(boolean recognisedDevice, ThrottleKey requester, ThrottleKey account) {
        if (recognisedDevice) {
            throttle.reset(requester);
        } else {
            throttle.reset(account);
            throttle.refund(requester);
        }
    }

    private void admit(Instant now, ThrottleKey key, EmailAddress email, RequestOrigin origin,
                       AuditEventType refusedAs, AttemptMethod method) {
        try {
            throttle.admit(now, List.of(key));
        } catch (TooManyAttemptsException throttled) {
            audit.record(AuditEvent.anonymous(now, refusedAs, AuditedAccount.unknown(email),
                    Attempt.refused(method, AuditReason.THROTTLED), origin));
            throw throttled;
        }
    }
}
