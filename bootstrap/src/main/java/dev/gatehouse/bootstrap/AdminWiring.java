package dev.gatehouse.bootstrap;

import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.admin.DisableUserService;
import dev.gatehouse.application.service.admin.EnableUserService;
import dev.gatehouse.application.service.admin.ListUsersService;
import dev.gatehouse.application.service.admin.RevokeAllSessionsService;
import dev.gatehouse.application.service.admin.SetUserRolesService;
import dev.gatehouse.bootstrap.tasks.RevokeSessionsTask;
import dev.gatehouse.web.api.AdminUsersResource;
import io.dropwizard.core.setup.Environment;

/**
 * Wires account administration: the admin JSON API ({@code /api/admin/users}) and the operator's
 * {@code revoke-sessions} task on the admin port.
 */
final class AdminWiring {

    private AdminWiring() {
    }

    static void wire(Environment environment, Users users, Sessions sessions, TransactionRunner transactions) {
        environment.jersey().register(new AdminUsersResource(
                new ListUsersService(users),
                new SetUserRolesService(users, sessions, transactions),
                new DisableUserService(users, sessions, transactions),
                new EnableUserService(users, transactions)));
        environment.admin().addTask(new RevokeSessionsTask(new RevokeAllSessionsService(users, sessions)));
    }
}
