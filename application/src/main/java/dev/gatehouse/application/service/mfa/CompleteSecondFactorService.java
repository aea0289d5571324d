package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorCommand;
import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorUseCase;
import dev.gatehouse.application.port.in.mfa.InvalidSecondFactorException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.SecondFactorChallenges;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.mfa.SecondFactorVerifier.Verdict;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.mfa.SecondFactorChallenge;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a sign-in. Each attempt is counted on its challenge before it is judged, in
 * one conditional statement, so a challenge never judges more than its five attempts however many
 * arrive at once; then on the client and on the account's second-factor count, under the same
 * policies as sign-in guessing. The account's count is its own (not the address's sign-in count),
 * so a right password, which clears that one, hands out no fresh guesses at the second factor.
 */
public final class CompleteSecondFactorService implements CompleteSecondFactorUseCase {

    private final SecondFactorChallenges challenges;
    private final Users users;
    private final SecondFactorVerifier verifier;
    private final SessionStarter starter;
    private final Throttle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    public CompleteSecondFactorService(SecondFactorChallenges challenges, Users users, SecondFactorVerifier verifier,
                                       SessionStarter starter, Throttle throttle, AuditTrail audit, Clock clock) {
        this.challenges = challenges;
        this.users = users;
        this.verifier = verifier;
        this.starter = starter;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The throttle key of an account's second-factor guessing. */
    public static ThrottleKey accountKey(User user) {
        return new ThrottleKey(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, "second-factor:" + user.id());
    }

    @Override
    public SignedIn complete(CompleteSecondFactorCommand command) {
        Instant now = clock.instant();
        ThrottleKey client = ThrottleKey.perClient(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, command.origin());
        throttle.admit(now, List.of(client));
        String tokenHash = command.challenge().hash();
        Optional<SecondFactorChallenge> admitted = challenges.admitAttempt(tokenHash, now,
                SecondFactorChallenge.MAX_ATTEMPTS);
        if (admitted.isEmpty()) {
            throw new InvalidSecondFactorException();
        }
        SecondFactorChallenge challenge = admitted.get();
        User user = users.findById(challenge.userId()).orElseThrow(InvalidSecondFactorException::new);
        AttemptMethod method = SecondFactorVerifier.methodOf(command.entry());
        ThrottleKey account = accountKey(user);
        try {
            throttle.admit(now, List.of(account));
        } catch (TooManyAttemptsException throttled) {
            failed(user, method, AuditReason.THROTTLED, command, now);
            throw throttled;
        }
        if (user.signInRefusal(challenge.firstFactor()).isPresent()) {
            failed(user, method, AuditReason.CHANGED_DURING_SIGN_IN, command, now);
            throw new InvalidSecondFactorException();
        }
        Verdict verdict = verifier.verify(user.id(), command.entry(), now);
        if (verdict != Verdict.ACCEPTED) {
            failed(user, method, verdict.refusal().orElseThrow(), command, now);
            throw new InvalidSecondFactorException();
        }
        if (!challenges.consume(tokenHash)) {
            failed(user, method, AuditReason.NO_LIVE_CHALLENGE, command, now);
            throw new InvalidSecondFactorException();
        }
        throttle.reset(account);
        throttle.refund(client);
        return starter.startAfterSecondFactor(user, challenge.firstFactor(), challenge.rememberMe(), command.origin(),
                command.held(), now);
    }

    private void failed(User user, AttemptMethod method, AuditReason reason, CompleteSecondFactorCommand command,
                        Instant now) {
        audit.record(AuditEvent.anonymous(now, AuditEventType.SECOND_FACTOR_FAILED, AuditedAccount.of(user),
                Attempt.refused(method, reason), command.origin()));
    }
}
