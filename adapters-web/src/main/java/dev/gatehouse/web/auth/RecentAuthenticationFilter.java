package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.mfa.ReauthenticateUseCase;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * The JSON API's side of {@link RecentAuthenticationRequired}: after the session is known (and the
 * CSRF token checked), a session whose person last proved themselves too long ago is refused with
 * {@code ReauthenticationRequiredException}, before the body is read. Page requests are left to
 * the pages' own filter, which answers with a redirect instead.
 */
@RecentAuthenticationRequired
@Priority(Priorities.AUTHORIZATION + 10)
public final class RecentAuthenticationFilter implements ContainerRequestFilter {

    private final ReauthenticateUseCase reauthentication;

    public RecentAuthenticationFilter(ReauthenticateUseCase reauthentication) {
        this.reauthentication = reauthentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("api/") && !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() instanceof SignedInUser signedIn) {
            reauthentication.requireRecent(signedIn.authenticated());
        }
    }
}
