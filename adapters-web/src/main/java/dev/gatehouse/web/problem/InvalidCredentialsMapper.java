package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class InvalidCredentialsMapper implements ExceptionMapper<InvalidCredentialsException> {

    public static final String DETAIL = "Email or password are incorrect";

    @Override
    public Response toResponse(InvalidCredentialsException exception) {
        return UseCaseFailures.typeOf(exception).response(DETAIL).build();
    }
}
