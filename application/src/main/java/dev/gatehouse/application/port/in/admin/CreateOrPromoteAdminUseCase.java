package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;

/** The operator's way in ({@code create-admin}): never sets or prints a password. */
public interface CreateOrPromoteAdminUseCase {

    /**
     * The administrator account, and whether a password set while its address was unproven was
     * removed before the promotion: whoever set it may not be the address's owner.
     * {@code alreadyAdministrator}: the account was an active administrator before, and nothing changed.
     */
    record Administrator(User user, boolean unprovenPasswordRemoved, boolean alreadyAdministrator) {
    }

    /**
     * Creates an active administrator without a password when no account has the address;
     * otherwise adds the admin role to the account and opens it if it is pending or disabled,
     * removing first a password set while its address was unproven (and ending its sessions).
     */
    Administrator createOrPromote(EmailAddress email);
}
