package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

public final class EnableUserService implements EnableUserUseCase {

    private final Users users;
    private final TransactionRunner transactions;

    public EnableUserService(Users users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User enable(UserId id) {
        return transactions.inTransaction(() -> {
            User before = users.findById(id).orElseThrow(UserNotFoundException::new);
            if (before.active()) {
                return before;
            }
            User after = before.enable();
            users.update(after);
            return after;
        });
    }
}
