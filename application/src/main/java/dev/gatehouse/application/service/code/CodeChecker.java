package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;

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

    public CodeChecker(IssuedCodes codes, CodeFailures failures, CodeHasher hasher, CodeRules rules) {
        this.codes = codes;
        this.failures = failures;
        this.hasher = hasher;
        this.rules = rules;
    }

    void consume(UserId user, CodePurpose purpose, OneTimeCode entered, Instant now) {
        if (failures.countSince(user, now.minus(rules.failureWindow())) >= rules.maxAccountFailures()) {
            throw new TooManyAttemptsException(rules.failureWindow());
        }
        IssuedCode code = codes.reserveAttempt(user, purpose, now).orElseThrow(InvalidCodeException::new);
        if (!code.hash().matches(hasher.hash(user, purpose, entered))) {
            failures.record(user, now);
            throw new InvalidCodeException();
        }
        codes.remove(user, purpose);
    }
}
