package dev.gatehouse.bootstrap.startup;

import dev.gatehouse.application.port.in.admin.BootstrapAdminUseCase;
import dev.gatehouse.domain.user.EmailAddress;
import io.dropwizard.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code bootstrapAdmin.email} an administrator when the server starts, if none exists yet.
 * A start step of the server, not of {@code run()}: the {@code check} command runs the composition
 * root too and must change nothing. Registered after the connection pool, before the mail delivery.
 */
public final class BootstrapAdministrator implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final BootstrapAdminUseCase bootstrap;
    private final EmailAddress email;

    public BootstrapAdministrator(BootstrapAdminUseCase bootstrap, EmailAddress email) {
        this.bootstrap = bootstrap;
        this.email = email;
    }

    @Override
    public void start() {
        bootstrap.bootstrap(email).ifPresentOrElse(
                admin -> LOG.info("No administrator yet: {} (id {}) is one now, and a sign-in code is on its way to it",
                        admin.email().value(), admin.id()),
                () -> LOG.info("bootstrapAdmin.email is set, but an administrator exists already: nothing to do"));
    }
}
