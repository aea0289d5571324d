package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

/**
 * Ends every session of one account at once, whoever holds them, leaving the account as it is: the
 * answer to a lost device or a leaked token when disabling would be too much. Its owner simply signs
 * in again. An administrator does it through the API or the pages, and it is recorded in the audit
 * trail; an operator, who answers for it on the server, with the {@code revoke-sessions} task.
 */
@FunctionalInterface
public interface SignOutUserEverywhereUseCase {

    /** @throws UserNotFoundException when no account has the id or address */
    RevokedSessions signOutEverywhere(SignOutEverywhereCommand command);

    /** An administrator's request. @return how many sessions ended; @throws UserNotFoundException for an unknown id */
    default int signOutEverywhere(UserId user, Actor admin) {
        return signOutEverywhere(SignOutEverywhereCommand.byAdministrator(user, admin)).count();
    }

    /** The account whose sessions ended, and how many there were. */
    record RevokedSessions(User user, int count) {
    }
}
