package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

/**
 * Ends every session of one account at once, whoever holds them, leaving the account as it is: the
 * answer to a lost device or a leaked token when disabling would be too much. Its owner simply signs
 * in again. An administrator does it through the API or the pages; an operator, who may not be able
 * to sign in at all, with the {@code revoke-sessions} task on the server.
 */
public interface SignOutUserEverywhereUseCase {

    /**
     * By a signed-in administrator; recorded in the audit trail.
     *
     * @return how many sessions ended; @throws UserNotFoundException for an unknown id
     */
    int signOutEverywhere(UserId user, Actor actor);

    /** By an operator on the server, who answers for it there. @throws UserNotFoundException for an unknown id */
    RevokedSessions signOutEverywhere(UserId user);

    /** By an operator on the server. @throws UserNotFoundException for an address no account has */
    RevokedSessions signOutEverywhere(EmailAddress email);

    /** The account whose sessions ended, and how many there were. */
    record RevokedSessions(User user, int count) {
    }
}
