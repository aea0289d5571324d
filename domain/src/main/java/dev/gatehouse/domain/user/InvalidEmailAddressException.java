package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

public final class InvalidEmailAddressException extends DomainRuleViolation {

    public InvalidEmailAddressException(String reason) {
        super(reason);
    }
}
