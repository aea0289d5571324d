package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;

public final class RevokeOwnSessionService implements RevokeOwnSessionUseCase {

    private final Sessions sessions;

    public RevokeOwnSessionService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void revoke(UserId owner, SessionId session) {
        if (!sessions.removeOwnedBy(owner, session)) {
            throw new SessionNotFoundException();
        }
    }
}
