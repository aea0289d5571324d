package dev.gatehouse.application.port.in.session;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.session.SessionId;

public interface LogOutUseCase {

    /** Ends the session server-side at once; its token is refused from the next request on. */
    void logOut(SessionId session, Actor actor);
}
