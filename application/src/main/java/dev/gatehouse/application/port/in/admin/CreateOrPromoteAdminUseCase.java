package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;

/** The operator's way in ({@code create-admin}): never sets or prints a password. */
public interface CreateOrPromoteAdminUseCase {

    /**
     * Creates an active administrator without a password when no account has the address;
     * otherwise adds the admin role to the account and opens it if it is pending or disabled.
     */
    User createOrPromote(EmailAddress email);
}
