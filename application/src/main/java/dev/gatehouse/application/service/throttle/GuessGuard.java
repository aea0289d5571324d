package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
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
 * Throttles guessing a secret (a password, a code) for an address: refused at once while the
 * address or the client must wait; otherwise the attempt is counted against the address before
 * it is checked, a wrong guess is counted against the client too, and a right one clears the
 * address's count. The address is the one typed, known or not, so a locked-out unknown address
 * answers exactly as a known one.
 *
 * <p>A browser that signed in to the address before ({@link DeviceToken}, checked by the caller)
 * waits on its own count instead of the address's and the client's: failures others make on
 * purpose cannot lock the owner out. Its attempts still count against the address, whose hourly
 * cap still holds for every attempt, so no more than the cap of guesses an hour reach an account
 * however they arrive. Its success clears its own count only: the address's count is the record
 * of everyone else's guessing, and clearing it would hand out fresh free guesses.
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
    <T> T attempt(EmailAddress email, RequestOrigin origin, AuditEventType refusedAs, String method,
                  Supplier<T> guess) {
        return attempt(email, origin, Optional.empty(), refusedAs, method, guess);
    }

    /** {@code recognisedDevice}: the browser's token, if it was issued for {@code email}. */
    <T> T attempt(EmailAddress email, RequestOrigin origin, Optional<DeviceToken> recognisedDevice,
                  AuditEventType refusedAs, String method, Supplier<T> guess) {
        Instant now = clock.instant();
        ThrottleKey account = new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, email.value());
        ThrottleKey client = ThrottleKey.perClient(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, origin);
        Optional<ThrottleKey> device = recognisedDevice
                .map(token -> new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_DEVICE, token.value()));
        ThrottleKey cleared = device.orElse(account);
        try {
            throttle.check(now, device.map(List::of).orElse(List.of(account, client)));
            device.ifPresent(own -> throttle.reserve(now, own));
            throttle.reserve(now, account);
        } catch (TooManyAttemptsException throttled) {
            audit.record(AuditEvent.anonymous(now, refusedAs, AuditedAccount.unknown(email), method + ": throttled", origin));
            throw throttled;
        }
        try {
            T result = guess.get();
            throttle.reset(cleared);
            return result;
        } catch (InvalidCredentialsException | InvalidCodeException wrong) {
            throttle.count(now, List.of(client));
            throw wrong;
        }
    }
}
