package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.session.SignOutEverywhereElseUseCase;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** "Sign out everywhere else": every session of the caller but the current one ends; 200 with how many. */
@Path("/api/sessions/others")
@Produces(MediaType.APPLICATION_JSON)
public final class OtherSessionsResource {

    private final SignOutEverywhereElseUseCase signOutEverywhereElse;

    public OtherSessionsResource(SignOutEverywhereElseUseCase signOutEverywhereElse) {
        this.signOutEverywhereElse = signOutEverywhereElse;
    }

    @DELETE
    public Map<String, Integer> endOthers(@Auth SignedInUser signedIn, @Context ContainerRequestContext request) {
        return Map.of("ended", signOutEverywhereElse.signOutEverywhereElse(signedIn.authenticated(),
                RequestOrigins.of(request)));
    }
}
