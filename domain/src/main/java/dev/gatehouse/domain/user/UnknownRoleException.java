package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

public final class UnknownRoleException extends DomainRuleViolation {

    public UnknownRoleException(String name) {
        super("Unknown role: " + name);
    }
}
