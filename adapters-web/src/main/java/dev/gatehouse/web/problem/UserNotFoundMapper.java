package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class UserNotFoundMapper implements ExceptionMapper<UserNotFoundException> {

    @Override
    public Response toResponse(UserNotFoundException exception) {
        return UseCaseFailures.typeOf(exception).response("No such user").build();
    }
}
