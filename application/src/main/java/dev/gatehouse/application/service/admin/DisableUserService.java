package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.Administrators;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

/** Disabling ends every session of the account in the same transaction: no request gets through after it. */
public final class DisableUserService implements DisableUserUseCase {

    private final Users users;
    private final Sessions sessions;
    private final TransactionRunner transactions;

    public DisableUserService(Users users, Sessions sessions, TransactionRunner transactions) {
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public User disable(UserId id) {
        return transactions.inTransaction(() -> {
            User before = users.findById(id).orElseThrow(UserNotFoundException::new);
            User after = before.disable();
            Administrators.ensureOneRemains(before, after, users.countActiveAdmins());
            users.update(after);
            sessions.removeAllOf(id);
            return after;
        });
    }
}
