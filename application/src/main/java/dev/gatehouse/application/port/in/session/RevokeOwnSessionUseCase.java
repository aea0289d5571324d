package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;

public interface RevokeOwnSessionUseCase {

    /** @throws SessionNotFoundException when {@code owner} has no session with that id */
    void revoke(UserId owner, SessionId session);
}
