package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.mfa.ReauthenticateUseCase;
import dev.gatehouse.application.port.in.mfa.ReauthenticationProof;
import dev.gatehouse.application.port.in.mfa.WrongSecondFactorException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Reauthentications;
import dev.gatehouse.application.service.mfa.SecondFactorVerifier.Verdict;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sudo mode. A session counts as recently authenticated for {@code security.recentAuthentication}
 * after its sign-in (its start) or its last re-authentication, whichever is later. Guesses at the
 * password or the app's code here are throttled as sign-ins are (a stolen session must not become
 * a free guessing oracle), on the address's and the account's second-factor counts respectively.
 */
public final class ReauthenticationService implements ReauthenticateUseCase {

    private final Reauthentications reauthentications;
    private final PasswordHasher passwords;
    private final SecondFactorVerifier verifier;
    private final Throttle throttle;
    private final AuditTrail audit;
    private final MfaSettings settings;
    private final Clock clock;
    private final RecentAuthentications recent;

    public ReauthenticationService(Reauthentications reauthentications, PasswordHasher passwords,
                                   SecondFactorVerifier verifier, Throttle throttle, AuditTrail audit,
                                   MfaSettings settings, Clock clock) {
        this.reauthentications = reauthentications;
        this.passwords = passwords;
        this.verifier = verifier;
        this.throttle = throttle;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.recent = new RecentAuthentications(reauthentications, settings.recentAuthentication(), clock);
    }

    @Override
    public void reauthenticate(Authenticated current, ReauthenticationProof proof, RequestOrigin origin) {
        Instant now = clock.instant();
        User user = current.user();
        boolean password = proof instanceof ReauthenticationProof.Password;
        AttemptMethod method = password ? AttemptMethod.REAUTHENTICATION : AttemptMethod.TOTP;
        ThrottleKey key = password ? new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, user.email().value())
                : CompleteSecondFactorService.accountKey(user);
        if (proof instanceof ReauthenticationProof.Password given) {
            PasswordPolicy.enforceMaxLength(given.password());
        }
        admit(now, key, user, method, origin);
        if (proof instanceof ReauthenticationProof.Password given) {
            boolean right = user.passwordHash()
                    .map(stored -> passwords.verify(given.password(), stored).matches())
                    .orElse(false);
            if (!right) {
                audit.record(AuditEvent.bySelf(now, AuditEventType.SIGN_IN_FAILED, AuditedAccount.of(user),
                        Attempt.refused(method, user.passwordHash().isEmpty() ? AuditReason.NO_PASSWORD
                                : AuditReason.WRONG_PASSWORD), origin));
                throw new InvalidCredentialsException();
            }
        } else {
            ReauthenticationProof.Totp totp = (ReauthenticationProof.Totp) proof;
            Verdict verdict = verifier.verifyTotp(user.id(), totp.code(), now);
            if (verdict != Verdict.ACCEPTED) {
                audit.record(AuditEvent.bySelf(now, AuditEventType.SECOND_FACTOR_FAILED, AuditedAccount.of(user),
                        Attempt.refused(method, verdict.refusal().orElseThrow()), origin));
                throw new WrongSecondFactorException();
            }
        }
        throttle.reset(key);
        reauthentications.record(current.session().id(), now);
        audit.record(AuditEvent.bySelf(now, AuditEventType.REAUTHENTICATED, AuditedAccount.of(user),
                Attempt.succeeded(method), origin));
    }

    private void admit(Instant now, ThrottleKey key, User user, AttemptMethod method, RequestOrigin origin) {
        try {
            throttle.admit(now, List.of(key));
        } catch (TooManyAttemptsException throttled) {
            audit.record(AuditEvent.bySelf(now, AuditEventType.SIGN_IN_FAILED, AuditedAccount.of(user),
                    Attempt.refused(method, AuditReason.THROTTLED), origin));
            throw throttled;
        }
    }

    @Override
    public void requireRecent(Authenticated current) {
        if (!recent.isRecent(current)) {
            throw new ReauthenticationRequiredException();
        }
    }

    @Override
    public Instant recentUntil(Authenticated current) {
        return recent.recentUntil(current);
    }
}
