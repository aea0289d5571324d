package dev.gatehouse.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: anything unforeseen becomes a 500 problem with an id to quote to operators, while
 * the stack trace goes to the log only. Exception messages are not trusted to be free of secrets,
 * so only the type and the id are logged at the top; the trace follows for debugging.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unhandled {} (error id {})", exception.getClass().getName(), errorId, exception);
        return ProblemType.INTERNAL.response("An unexpected error occurred; quote error id " + errorId).build();
    }
}
