package dev.gatehouse.application.port.in.account;

import dev.gatehouse.domain.shared.DomainRuleViolation;

/**
 * The proof given is not the kind the account confirms with: an account with a password confirms
 * with it (a code only shows the mailbox, which a session thief may also reach), one without a
 * password with a sign-in code.
 */
public final class WrongProofException extends DomainRuleViolation {

    private WrongProofException(String message) {
        super(message);
    }

    public static WrongProofException passwordExpected() {
        return new WrongProofException("This account confirms with its password");
    }

    public static WrongProofException codeExpected() {
        return new WrongProofException("This account has no password: confirm with a sign-in code mailed to its address");
    }
}
