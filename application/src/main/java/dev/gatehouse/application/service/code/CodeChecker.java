package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an entered code under the rules: the account-wide cap first, then one attempt reserved
 * against the code before comparing, so that neither parallel requests nor new codes buy extra
 * guesses. A right code is consumed; a wrong one is counted against the account.
 */
public final class CodeChecker {

    private final IssuedCodes codes;
    private final CodeFailures failures;
    private final CodeHasher hasher;
    private final CodeRules rules;
    private final CodeRefusals refusals;

    public CodeChecker(IssuedCodes codes, CodeFailures failures, CodeHasher hasher, CodeRules rules, AuditTrail audit) {
        this.codes = codes;
        this.failures = failures;
        this.hasher = hasher;
        this.rules = rules;
        this.refusals = new CodeRefusals(audit);
    }

    void consume(User account, CodePurpose purpose, OneTimeCode entered, RequestOrigin origin, Instant now) {
        UserId user = account.id();
        if (failures.countSince(user, now.minus(rules.failureWindow())) >= rules.maxAccountFailures()) {
            refuse(account, purpose, "too-many-failures", origin, now);
            throw new TooManyAttemptsException(rules.failureWindow());
        }
        Optional<IssuedCode> code = codes.reserveAttempt(user, purpose, now);
        if (code.isEmpty()) {
            // None issued, expired, used, or out of attempts: the caller cannot tell, nor needs to.
            refuse(account, purpose, "no-live-code", origin, now);
            throw new InvalidCodeException();
        }
        if (!code.get().hash().matches(hasher.hash(user, purpose, entered))) {
            failures.record(user, now);
            refuse(account, purpose, "wrong-code", origin, now);
            throw new InvalidCodeException();
        }
        codes.remove(user, purpose);
    }

    /**
     * The account an entered code is checked against: refused, as a wrong code is, when the address
     * has no account or the account is disabled.
     */
    User accountToCheck(Optional<User> found, EmailAddress email, CodePurpose purpose, RequestOrigin origin, Instant now) {
        if (found.isEmpty()) {
            refusals.record(AuditedAccount.unknown(email), purpose, "unknown-account", origin, now);
            throw new InvalidCodeException();
        }
        if (found.get().disabled()) {
            refuse(found.get(), purpose, "disabled", origin, now);
            throw new InvalidCodeException();
        }
        return found.get();
    }

    private void refuse(User account, CodePurpose purpose, String reason, RequestOrigin origin, Instant now) {
        refusals.record(AuditedAccount.of(account), purpose, reason, origin, now);
    }
}
