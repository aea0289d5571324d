package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

/**
 * Ends every session of one account at once, whoever holds them: an operator's answer to a lost
 * device or a leaked token. The account itself stays as it is; its owner simply signs in again.
 */
public interface RevokeAllSessionsUseCase {

    /** @throws UserNotFoundException for an unknown id */
    RevokedSessions revokeAllOf(UserId user);

    /** @throws UserNotFoundException for an address no account has */
    RevokedSessions revokeAllOf(EmailAddress email);

    /** The account whose sessions ended, and how many there were. */
    record RevokedSessions(User user, int count) {
    }
}
