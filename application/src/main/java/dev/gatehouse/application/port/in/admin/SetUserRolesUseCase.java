package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.domain.user.User;

public interface SetUserRolesUseCase {

    /**
     * Replaces the account's roles. When they change, every session of the account ends, so its
     * next request signs in afresh and gets a new session id.
     *
     * @throws UserNotFoundException                          for an unknown id
     * @throws dev.gatehouse.domain.user.LastAdminException   when the last active administrator would lose the role
     */
    User setRoles(SetUserRolesCommand command);
}
