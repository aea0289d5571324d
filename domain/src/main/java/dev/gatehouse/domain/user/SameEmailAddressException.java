package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

/** A change of address to the address the account already has: nothing to prove, nothing to change. */
public final class SameEmailAddressException extends DomainRuleViolation {

    public SameEmailAddressException() {
        super("This is already the account's address");
    }
}
