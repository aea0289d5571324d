package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

public interface EnableUserUseCase {

    /**
     * Opens a disabled account again (an active one stays active).
     *
     * @throws UserNotFoundException                              for an unknown id
     * @throws dev.gatehouse.domain.user.AccountPendingException  for a pending account
     */
    User enable(UserId user, Actor actor);
}
