package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.UserId;

/**
 * An administrator ends every session of one account, leaving the account as it is: the answer to
 * a lost device or a leaked token when disabling would be too much. Recorded in the audit trail.
 */
public interface SignOutUserEverywhereUseCase {

    /** @return how many sessions ended; @throws UserNotFoundException for an unknown id */
    int signOutEverywhere(UserId user, Actor actor);
}
