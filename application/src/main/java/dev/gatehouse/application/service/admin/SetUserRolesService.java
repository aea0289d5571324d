package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.SetUserRolesUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.Administrators;
import dev.gatehouse.domain.user.User;

/**
 * A role change ends every session of the account. The contract wants a new session id at every
 * role change; ending the sessions means the next request must sign in and gets a fresh id, and
 * no id that existed before the change keeps working with the new rights. Setting the same roles
 * again changes nothing and leaves the sessions alone.
 */
public final class SetUserRolesService implements SetUserRolesUseCase {

    private final Users users;
    private final Sessions sessions;
    private final TransactionRunner transactions;

    public SetUserRolesService(Users users, Sessions sessions, TransactionRunner transactions) {
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public User setRoles(SetUserRolesCommand command) {
        return transactions.inTransaction(() -> {
            User before = users.findById(command.user()).orElseThrow(UserNotFoundException::new);
            if (before.roles().equals(command.roles())) {
                return before;
            }
            User after = before.withRoles(command.roles());
            Administrators.ensureOneRemains(before, after, users.countActiveAdmins());
            users.update(after);
            sessions.removeAllOf(after.id());
            return after;
        });
    }
}
