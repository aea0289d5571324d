package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.SessionId;

public final class LogOutService implements LogOutUseCase {

    private final Sessions sessions;

    public LogOutService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logOut(SessionId session) {
        sessions.remove(session);
    }
}
