package dev.gatehouse.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Jersey's own refusals (404, 405, 406, 415, ...) as problem documents with a generic detail. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Error" : statusType.getReasonPhrase();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        Response.ResponseBuilder builder = type != null
                ? type.response(detailFor(status))
                : Response.status(status).type(Problem.MEDIA_TYPE)
                        .entity(new Problem("about:blank", title, status, detailFor(status), null));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood";
            case 401 -> "Authentication required";
            case 403 -> "You may not do this";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> "The request failed";
        };
    }
}
