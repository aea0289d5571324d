package dev.gatehouse.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jackson's own messages name our classes and quote the input, so they never reach the client;
 * the JSON pointer of a wrongly typed field is enough to act on.
 */
public final class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(0).getFieldName();
            if (field != null && field.matches("[A-Za-z]{1,32}")) {
                return ProblemType.MALFORMED_REQUEST.response("Field '" + field + "' has the wrong type").build();
            }
        }
        return ProblemType.MALFORMED_REQUEST.response("The request body is not valid JSON of the expected shape").build();
    }
}
