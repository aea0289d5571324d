package dev.gatehouse.web.auth;

import dev.gatehouse.web.problem.ProblemType;
import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** 401 as a problem document; the same for a missing, unknown, expired or revoked token. */
public final class ProblemUnauthorizedHandler implements UnauthorizedHandler {

    @Override
    public Response buildResponse(String prefix, String realm) {
        return ProblemType.UNAUTHENTICATED.response("Sign in, or send a valid session token")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm + "\"")
                .build();
    }
}
