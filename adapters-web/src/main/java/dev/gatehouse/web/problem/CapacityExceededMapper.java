package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.CapacityExceededException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class CapacityExceededMapper implements ExceptionMapper<CapacityExceededException> {

    @Override
    public Response toResponse(CapacityExceededException exception) {
        long seconds = RetryAfter.seconds(exception.retryAfter());
        return UseCaseFailures.typeOf(exception).response("The service is busy; try again shortly")
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
