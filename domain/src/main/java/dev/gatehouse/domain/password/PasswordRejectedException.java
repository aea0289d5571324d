package dev.gatehouse.domain.password;

import dev.gatehouse.domain.shared.DomainRuleViolation;
import java.util.List;

public final class PasswordRejectedException extends DomainRuleViolation {

    private final List<PasswordViolation> violations;

    public PasswordRejectedException(List<PasswordViolation> violations) {
        super("Password does not meet the policy");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        this.violations = List.copyOf(violations);
    }

    public List<PasswordViolation> violations() {
        return violations;
    }
}
