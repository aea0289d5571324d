package dev.gatehouse.bootstrap;

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
import dev.gatehouse.web.api.AdminAuditResource;
import dev.gatehouse.web.api.AdminUsersResource;
import dev.gatehouse.web.page.AdminUseCases;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/**
 * Wires account administration: the admin JSON API, the use cases the admin pages share with it,
 * and the operator's {@code revoke-sessions} task on the admin port.
 */
final class AdminWiring {

    private AdminWiring() {
    }

    static AdminUseCases wire(Environment environment, Users users, Sessions sessions, TransactionRunner transactions,
                              AuditTrail audit, Clock clock) {
        SignOutUserEverywhereService revokeSessions = new SignOutUserEverywhereService(users, sessions, audit, clock);
        AdminUseCases admin = new AdminUseCases(
                new ListUsersService(users),
                new SetUserRolesService(users, sessions, transactions, audit, clock),
                new DisableUserService(users, sessions, transactions, audit, clock),
                new EnableUserService(users, transactions, audit, clock),
                new ListAuditEventsService(audit),
                revokeSessions);
        environment.jersey().register(new AdminUsersResource(
                admin.listUsers(), admin.setRoles(), admin.disableUser(), admin.enableUser(), admin.signOutEverywhere()));
        environment.jersey().register(new AdminAuditResource(admin.listAuditEvents()));
        environment.admin().addTask(new RevokeSessionsTask(revokeSessions));
        return admin;
    }
}
