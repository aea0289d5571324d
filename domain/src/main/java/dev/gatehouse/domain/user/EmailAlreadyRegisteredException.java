package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

/** One account per normalised e-mail address. */
public final class EmailAlreadyRegisteredException extends DomainRuleViolation {

    public EmailAlreadyRegisteredException() {
        super("An account with this email already exists");
    }
}
