package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.Problem;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
public final class CurrentSessionResource {

    private final LogOutUseCase logOut;
    private final SessionCookie cookie;

    public CurrentSessionResource(LogOutUseCase logOut, SessionCookie cookie) {
        this.logOut = logOut;
        this.cookie = cookie;
    }

    @GET
    public CurrentSessionJson current(@Auth SignedInUser signedIn) {
        Authenticated authenticated = signedIn.authenticated();
        return new CurrentSessionJson(
                ApiMapper.user(authenticated.user()),
                ApiMapper.time(authenticated.expiresAt()),
                authenticated.token().csrfToken());
    }

    @DELETE
    // Answered 204, or a problem: a client that accepts only problem documents (as generated ones do) is served.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response logOut(@Auth SignedInUser signedIn, @Context ContainerRequestContext request) {
        logOut.logOut(signedIn.authenticated().session().id(), RequestOrigins.actor(signedIn.authenticated().user(), request));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
    }
}
