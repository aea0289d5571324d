package dev.gatehouse.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return ProblemType.VALIDATION_FAILED.response("The request has invalid fields", exception.errors()).build();
    }
}
