package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.util.Optional;

/**
 * The first administrator of an installation nobody can run {@code create-admin} on (a container
 * started by an orchestrator), named in its configuration and made one at start.
 */
public interface BootstrapAdminUseCase {

    /**
     * While no active administrator exists, makes {@code email} one as {@link CreateOrPromoteAdminUseCase}
     * does (a new account without password, or the existing one promoted and opened, a password set
     * while its address was unproven removed) and mails it a sign-in code. Decided in one locked
     * transaction, so nodes starting at once make one administrator and send one code.
     *
     * @return the new administrator; empty when there was one already, so a restart changes nothing
     */
    Optional<User> bootstrap(EmailAddress email);
}
