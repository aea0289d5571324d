package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.ListUsersUseCase;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.application.port.out.Users;

public final class ListUsersService implements ListUsersUseCase {

    private final Users users;

    public ListUsersService(Users users) {
        this.users = users;
    }

    @Override
    public UserPage list(ListUsersQuery query) {
        return new UserPage(users.list(query.offset(), query.limit(), query.emailContains()),
                users.count(query.emailContains()));
    }
}
