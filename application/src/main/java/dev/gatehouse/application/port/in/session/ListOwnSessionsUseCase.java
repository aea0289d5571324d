package dev.gatehouse.application.port.in.session;

import java.util.List;

public interface ListOwnSessionsUseCase {

    /** The live sessions of the asking session's user, most recently used first. */
    List<OwnSession> listOwnSessions(Authenticated asking);
}
