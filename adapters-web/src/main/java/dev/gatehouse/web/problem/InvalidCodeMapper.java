package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.code.InvalidCodeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class InvalidCodeMapper implements ExceptionMapper<InvalidCodeException> {

    public static final String DETAIL = "Invalid or expired code";

    @Override
    public Response toResponse(InvalidCodeException exception) {
        return UseCaseFailures.typeOf(exception).response(DETAIL).build();
    }
}
