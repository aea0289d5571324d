package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.CodeVerdict;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an entered code under the rules, in one transaction that holds the account's row: the
 * account-wide cap, the judgement of the code (one atomic step: consumed, or a wrong attempt
 * counted against the live codes) and the record of a wrong entry all see what the judgement
 * before them left, however many arrive at once. Nothing is decided after the transaction but the
 * answer, so of parallel entries of one right code exactly one is accepted.
 */
public final class CodeChecker {

    private final Users users;
    private final IssuedCodes codes;
    private final CodeFailures failures;
    private final CodeHasher hasher;
    private final CodeRules rules;
    private final TransactionRunner transactions;
    private final CodeRefusals refusals;

    public CodeChecker(Users users, IssuedCodes codes, CodeFailures failures, CodeHasher hasher, CodeRules rules,
                       TransactionRunner transactions, AuditTrail audit) {
        this.users = users;
        this.codes = codes;
        this.failures = failures;
        this.hasher = hasher;
        this.rules = rules;
        this.transactions = transactions;
        this.refusals = new CodeRefusals(audit);
    }

    /** What the transaction found: the account as it stood when the code was judged, and why it refused. */
    private record Judgement(User account, Optional<AuditReason> refusal) {
    }

    /**
     * Consumes the right code or refuses.
     *
     * @return the account as it stood when its code was consumed: what the caller's change must start from
     */
    public User consume(User account, CodePurpose purpose, OneTimeCode entered, RequestOrigin origin, Instant now) {
        CodeHash hash = hasher.hash(account.id(), purpose, entered);
        Judgement judgement = transactions.inTransaction(() -> judge(account, purpose, hash, now));
        judgement.refusal().ifPresent(reason -> {
            refuse(judgement.account(), purpose, reason, origin, now);
            if (reason == AuditReason.TOO_MANY_FAILURES) {
                throw new TooManyAttemptsException(rules.failureWindow());
            }
            throw new InvalidCodeException();
        });
        return judgement.account();
    }

    private Judgement judge(User read, CodePurpose purpose, CodeHash hash, Instant now) {
        // The lock lines up every judgement of this account's codes; the reads below come after it.
        Optional<User> locked = users.findByIdForUpdate(read.id());
        if (locked.isEmpty()) {
            return new Judgement(read, Optional.of(AuditReason.DISABLED));
        }
        User account = locked.get();
        Optional<AuditReason> mayNot = codeRefusal(account);
        if (mayNot.isPresent()) {
            return new Judgement(account, mayNot);
        }
        if (failures.countSince(account.id(), now.minus(rules.failureWindow())) >= rules.maxAccountFailures()) {
            return new Judgement(account, Optional.of(AuditReason.TOO_MANY_FAILURES));
        }
        CodeVerdict verdict = codes.judge(account.id(), purpose, hash, now);
        return switch (verdict) {
            case ACCEPTED -> new Judgement(account, Optional.empty());
            case WRONG -> {
                failures.record(account.id(), now);
                yield new Judgement(account, Optional.of(AuditReason.WRONG_CODE));
            }
            // None issued, expired, used, or out of attempts: the caller cannot tell, nor needs to.
            case NO_LIVE_CODE -> new Judgement(account, Optional.of(AuditReason.NO_LIVE_CODE));
        };
    }

    /**
     * The account an entered code is checked against: refused, as a wrong code is, when the address
     * has no account or the account may not sign in by code.
     */
    User accountToCheck(Optional<User> found, EmailAddress email, CodePurpose purpose, RequestOrigin origin, Instant now) {
        if (found.isEmpty()) {
            refusals.record(AuditedAccount.unknown(email), purpose, AuditReason.UNKNOWN_ACCOUNT, origin, now);
            throw new InvalidCodeException();
        }
        Optional<AuditReason> mayNot = codeRefusal(found.get());
        if (mayNot.isPresent()) {
            refuse(found.get(), purpose, mayNot.get(), origin, now);
            throw new InvalidCodeException();
        }
        return found.get();
    }

    /** A reset code proves the address as a sign-in code does, so the same accounts may use one. */
    private static Optional<AuditReason> codeRefusal(User account) {
        return account.signInRefusal(SignInMethod.CODE).map(AuditReason::of);
    }

    private void refuse(User account, CodePurpose purpose, AuditReason reason, RequestOrigin origin, Instant now) {
        refusals.record(AuditedAccount.of(account), purpose, reason, origin, now);
    }
}
