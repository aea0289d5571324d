package dev.gatehouse.application.port.in.admin;

public interface ListUsersUseCase {

    /** Accounts ordered by address, so pages are stable. */
    UserPage list(ListUsersQuery query);
}
