package dev.gatehouse.application.port.in.session;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.session.SessionId;

public interface RevokeOwnSessionUseCase {

    /** @throws SessionNotFoundException when {@code owner} has no session with that id */
    void revoke(Actor owner, SessionId session);
}
