package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class SessionNotFoundMapper implements ExceptionMapper<SessionNotFoundException> {

    @Override
    public Response toResponse(SessionNotFoundException exception) {
        return UseCaseFailures.typeOf(exception).response("No such session").build();
    }
}
