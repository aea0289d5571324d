package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.admin.DisableUserService;
import dev.gatehouse.application.service.admin.EnableUserService;
import dev.gatehouse.application.service.admin.ListUsersService;
import dev.gatehouse.application.service.admin.SignOutUserEverywhereService;
import dev.gatehouse.application.service.admin.SetUserRolesService;
import dev.gatehouse.application.service.audit.ListAuditEventsService;
import dev.gatehouse.bootstrap.tasks.RevokeSessionsTask;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import dev.gatehouse.web.AdminUseCases;
import io.dropwizard.core.setup.AdminEnvironment;
import java.time.Clock;

/**
 * Wires account administration: the use cases the admin API and the admin pages share, and the
 * operator's {@code revoke-sessions} task on the admin port.
 */
public final class AdminWiring {

    private AdminWiring() {
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
