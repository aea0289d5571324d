package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.mfa.EnrolTotpUseCase;
import dev.gatehouse.application.port.in.mfa.RemoveTotpUseCase;
import dev.gatehouse.application.port.in.mfa.SecondFactorStateException;
import dev.gatehouse.application.port.in.mfa.TotpEnrolment;
import dev.gatehouse.application.port.in.mfa.WrongSecondFactorException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.MfaSecrets;
import dev.gatehouse.application.port.out.RecoveryCodes;
import dev.gatehouse.application.port.out.TotpCredentials;
import dev.gatehouse.application.port.out.TotpCredentials.StoredTotp;
import dev.gatehouse.application.port.out.TotpSecretSeal;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.service.mfa.SecondFactorVerifier.Verdict;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Setting up and removing an authenticator app. Only an address that was proven may enrol, so that
 * a code sign-in, which proves the address, never has to decide about an unproven password and a
 * second factor at once. Confirming and removing are each decided by one conditional statement.
 */
public final class TotpEnrolmentService implements EnrolTotpUseCase, RemoveTotpUseCase {

    private final TotpCredentials credentials;
    private final TotpSecretSeal seal;
    private final RecoveryCodes recoveryCodes;
    private final MfaSecrets secrets;
    private final SecondFactorVerifier verifier;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final MfaSettings settings;
    private final Throttle throttle;
    private final Clock clock;

    /** {@code throttle}: guesses at the code that removes the app count as second-factor guesses. */
    public TotpEnrolmentService(TotpCredentials credentials, TotpSecretSeal seal, RecoveryCodes recoveryCodes,
                                MfaSecrets secrets, SecondFactorVerifier verifier, TransactionRunner transactions,
                                AuditTrail audit, MfaSettings settings, Throttle throttle, Clock clock) {
        this.throttle = throttle;
        this.credentials = credentials;
        this.seal = seal;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
        this.verifier = verifier;
        this.transactions = transactions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public TotpEnrolment begin(Authenticated current, RequestOrigin origin) {
        User user = current.user();
        if (!user.emailVerified()) {
            throw new EmailUnverifiedException();
        }
        TotpSecret secret = secrets.newTotpSecret();
        if (!credentials.replacePending(user.id(), seal.seal(user.id(), secret), clock.instant())) {
            throw SecondFactorStateException.alreadyEnrolled();
        }
        return new TotpEnrolment(secret.base32(), otpauthUri(user, secret));
    }

    /** Google's Key Uri Format, which every common app reads: label {@code issuer:address}, parameters spelled out. */
    private String otpauthUri(User user, TotpSecret secret) {
        String issuer = encode(settings.issuer());
        return "otpauth://totp/" + issuer + ":" + encode(user.email().value())
                + "?secret=" + secret.base32() + "&issuer=" + issuer + "&algorithm=" + TotpRules.ALGORITHM
                + "&digits=" + TotpRules.DIGITS + "&period=" + TotpRules.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public List<RecoveryCode> confirm(Authenticated current, OneTimeCode code, RequestOrigin origin) {
        User user = current.user();
        Instant now = clock.instant();
        Optional<StoredTotp> stored = credentials.find(user.id());
        if (stored.isEmpty() || stored.get().confirmed()) {
            throw SecondFactorStateException.nothingPending();
        }
        OptionalLong step = verifier.matchingStep(user.id(), stored.get(), code, now);
        if (step.isEmpty()) {
            failed(user, AttemptMethod.TOTP, AuditReason.WRONG_CODE, origin, now);
            throw new WrongSecondFactorException();
        }
        List<RecoveryCode> codes = Stream.generate(secrets::newRecoveryCode).limit(MfaSettings.RECOVERY_CODES).toList();
        boolean confirmed = transactions.inTransaction(() -> {
            if (!credentials.confirm(user.id(), stored.get().sealedSecret(), step.getAsLong(), now)) {
                return false;
            }
            recoveryCodes.replace(user.id(), codes.stream().map(c -> secrets.hash(user.id(), c)).toList());
            return true;
        });
        if (!confirmed) {
            throw SecondFactorStateException.nothingPending();
        }
        audit.record(AuditEvent.bySelf(now, AuditEventType.SECOND_FACTOR_ENROLLED, AuditedAccount.of(user),
                Attempt.succeeded(AttemptMethod.TOTP), origin));
        return codes;
    }

    @Override
    public void remove(Authenticated current, SecondFactorEntry proof, RequestOrigin origin) {
        User user = current.user();
        Instant now = clock.instant();
        if (!credentials.confirmed(user.id())) {
            throw SecondFactorStateException.notEnrolled();
        }
        AttemptMethod method = SecondFactorVerifier.methodOf(proof);
        ThrottleKey key = CompleteSecondFactorService.accountKey(user);
        try {
            throttle.admit(now, List.of(key));
        } catch (TooManyAttemptsException throttled) {
            failed(user, method, AuditReason.THROTTLED, origin, now);
            throw throttled;
        }
        Verdict verdict = verifier.verify(user.id(), proof, now);
        if (verdict != Verdict.ACCEPTED) {
            failed(user, method, verdict.refusal().orElseThrow(), origin, now);
            throw new WrongSecondFactorException();
        }
        throttle.reset(key);
        boolean removed = transactions.inTransaction(() -> {
            recoveryCodes.removeAll(user.id());
            return credentials.removeConfirmed(user.id());
        });
        if (!removed) {
            throw SecondFactorStateException.notEnrolled();
        }
        audit.record(AuditEvent.bySelf(now, AuditEventType.SECOND_FACTOR_REMOVED, AuditedAccount.of(user),
                Attempt.succeeded(method), origin));
    }

    private void failed(User user, AttemptMethod method, AuditReason reason, RequestOrigin origin, Instant now) {
        audit.record(AuditEvent.bySelf(now, AuditEventType.SECOND_FACTOR_FAILED, AuditedAccount.of(user),
                Attempt.refused(method, reason), origin));
    }
}
