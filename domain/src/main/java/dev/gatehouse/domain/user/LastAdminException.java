package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

/** The service always keeps at least one active administrator: the last one cannot be demoted or disabled. */
public final class LastAdminException extends DomainRuleViolation {

    public LastAdminException() {
        super("The last active administrator cannot lose the admin role or be disabled");
    }
}
