package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

/**
 * A pending account is opened only by its owner entering a code sent to the address: an
 * administrator enabling it would vouch for an address nobody has proven.
 */
public final class AccountPendingException extends DomainRuleViolation {

    public AccountPendingException() {
        super("The account is waiting for its owner to confirm the address and cannot be enabled");
    }
}
