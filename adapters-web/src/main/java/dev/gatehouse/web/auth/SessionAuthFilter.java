package dev.gatehouse.web.auth;

import dev.gatehouse.web.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * The JSON API's face of {@link SessionAuthentication}: it takes a bearer token or the session
 * cookie, and answers a refusal with a problem document (401, or 403 for a missing CSRF token).
 * Registered through Dropwizard's {@code AuthDynamicFeature} in front of the {@code @Auth} resources;
 * for an {@code @Auth Optional<...>} parameter that feature swallows the refusals.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionAuthFilter implements ContainerRequestFilter {

    private static final String REALM = "gatehouse";

    private final SessionAuthentication authentication;
    private final ProblemUnauthorizedHandler unauthorized = new ProblemUnauthorizedHandler();

    public SessionAuthFilter(SessionAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        SessionAuthentication.Verdict verdict =
                authentication.check(request, authentication.bearerOrCookie(request));
        if (verdict instanceof SessionAuthentication.Accepted accepted) {
            authentication.admit(request, accepted);
        } else if (verdict instanceof SessionAuthentication.MissingCsrfToken) {
            throw new WebApplicationException(ProblemType.CSRF_TOKEN_INVALID
                    .response("Send the session's CSRF token in the X-CSRF-Token header or the csrf_token field")
                    .build());
        } else {
            throw new WebApplicationException(unauthorized.buildResponse("Bearer", REALM));
        }
    }
}
