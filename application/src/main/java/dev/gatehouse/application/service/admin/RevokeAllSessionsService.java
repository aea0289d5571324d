package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.RevokeAllSessionsUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

/**
 * Sessions are found by the hash of their token on every request and never cached, so removing
 * them is all it takes: the next request with any of their tokens is refused on every node.
 */
public final class RevokeAllSessionsService implements RevokeAllSessionsUseCase {

    private final Users users;
    private final Sessions sessions;

    public RevokeAllSessionsService(Users users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public RevokedSessions revokeAllOf(UserId id) {
        return revoke(users.findById(id).orElseThrow(UserNotFoundException::new));
    }

    @Override
    public RevokedSessions revokeAllOf(EmailAddress email) {
        return revoke(users.findByEmail(email).orElseThrow(UserNotFoundException::new));
    }

    private RevokedSessions revoke(User user) {
        return new RevokedSessions(user, sessions.removeAllOf(user.id()));
    }
}
