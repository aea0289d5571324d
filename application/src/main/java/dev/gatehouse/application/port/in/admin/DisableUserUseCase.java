package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

public interface DisableUserUseCase {

    /**
     * Shuts the account and ends all of its sessions at once.
     *
     * @throws UserNotFoundException                        for an unknown id
     * @throws dev.gatehouse.domain.user.LastAdminException for the last active administrator
     */
    User disable(UserId user, Actor actor);
}
