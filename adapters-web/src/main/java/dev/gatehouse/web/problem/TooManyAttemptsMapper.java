package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

    @Override
    public Response toResponse(TooManyAttemptsException exception) {
        long seconds = RetryAfter.seconds(exception.retryAfter());
        return UseCaseFailures.typeOf(exception).response("Too many attempts; try again in " + RetryAfter.describe(seconds))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
