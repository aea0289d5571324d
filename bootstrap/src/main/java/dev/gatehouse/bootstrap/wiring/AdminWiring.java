package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.service.admin.BootstrapAdminService;
import dev.gatehouse.application.service.admin.CreateOrPromoteAdminService;
import dev.gatehouse.application.service.admin.DisableUserService;
import dev.gatehouse.application.service.admin.EnableUserService;
import dev.gatehouse.application.service.admin.ListUsersService;
import dev.gatehouse.application.service.admin.SignOutUserEverywhereService;
import dev.gatehouse.application.service.admin.SetUserRolesService;
import dev.gatehouse.application.service.audit.ListAuditEventsService;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.bootstrap.config.BootstrapAdminFactory;
import dev.gatehouse.bootstrap.startup.BootstrapAdministrator;
import dev.gatehouse.bootstrap.tasks.RevokeSessionsTask;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import dev.gatehouse.web.AdminUseCases;
import io.dropwizard.core.setup.AdminEnvironment;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.time.Clock;

/**
 * Wires account administration: the use cases the admin API and the admin pages share, the
 * operator's {@code revoke-sessions} task on the admin port, and the first administrator a
 * configuration may name.
 */
public final class AdminWiring {

    private AdminWiring() {
    }

    /**
     * The first administrator, made at start when {@code settings} names one and none exists
     * ({@link BootstrapAdministrator}); {@code codes} mails its sign-in code through the outbox.
     */
    public static void bootstrapAdmin(BootstrapAdminFactory settings, Accounts accounts, IdGenerator ids,
                                      CodeIssuer codes, LifecycleEnvironment lifecycle, Clock clock) {
        settings.email().ifPresent(email -> {
            CreateOrPromoteAdminService createOrPromote = new CreateOrPromoteAdminService(accounts.users(),
                    accounts.sessions(), ids, accounts.transactions(), accounts.audit(), clock);
            lifecycle.manage(new BootstrapAdministrator(new BootstrapAdminService(accounts.users(), createOrPromote,
                    codes, accounts.transactions(), clock), email));
        });
    }

    public static AdminUseCases wire(Accounts accounts, AdminEnvironment adminPort, Clock clock) {
        Users users = accounts.users();
        Sessions sessions = accounts.sessions();
        TransactionRunner transactions = accounts.transactions();
        AuditTrail audit = accounts.audit();
        SignOutUserEverywhereService signOutEverywhere = new SignOutUserEverywhereService(users, sessions, audit, clock);
        adminPort.addTask(new RevokeSessionsTask(signOutEverywhere));
        return new AdminUseCases(
                new ListUsersService(users),
                new SetUserRolesService(users, sessions, transactions, audit, clock),
                new DisableUserService(users, sessions, transactions, audit, clock),
                new EnableUserService(users, transactions, audit, clock),
                new ListAuditEventsService(audit),
                signOutEverywhere);
    }
}
