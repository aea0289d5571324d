package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Throttles guessing a secret (a password, a code) for an address: refused at once while the
 * address or the client must wait; otherwise the attempt is counted against the address before
 * it is checked, a wrong guess is counted against the client too, and a right one clears the
 * address's count. The address is the one typed, known or not, so a locked-out unknown address
 * answers exactly as a known one.
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
        Instant now = clock.instant();
        ThrottleKey account = new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, email.value());
        ThrottleKey client = new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, origin.clientAddress());
        try {
            throttle.check(now, List.of(account, client));
            throttle.reserve(now, account);
        } catch (TooManyAttemptsException throttled) {
            audit.record(AuditEvent.anonymous(now, refusedAs, AuditedAccount.unknown(email), method + ": throttled", origin));
            throw throttled;
        }
        try {
            T result = guess.get();
            throttle.reset(account);
            return result;
        } catch (InvalidCredentialsException | InvalidCodeException wrong) {
            throttle.count(now, List.of(client));
            throw wrong;
        }
    }
}
