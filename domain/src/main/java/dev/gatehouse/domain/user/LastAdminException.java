package dev.gatehouse.domain.user;

import dev.gatehouse.domain.shared.DomainRuleViolation;

/** The service always keeps at least one active administrator: the last one cannot be demoted, disabled or deleted. */
public final class LastAdminException extends DomainRuleViolation {

    public LastAdminException() {
        this("The last active administrator cannot lose the admin role or be disabled");
    }

    private LastAdminException(String message) {
        super(message);
    }

    /** The last active administrator asked to delete their own account. */
    public static LastAdminException deletingOwnAccount() {
        return new LastAdminException("The last active administrator cannot delete their account: "
                + "make another account an administrator first");
    }
}
