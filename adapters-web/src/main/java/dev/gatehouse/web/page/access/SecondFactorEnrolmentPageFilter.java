package dev.gatehouse.web.page.access;

import dev.gatehouse.application.port.in.mfa.SecondFactorStatusUseCase;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.LocalPath;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * {@code mfa.requiredForRoles} on the pages: a signed-in member of such a role without a second
 * factor is sent to set one up, from every signed-in page but that one, re-authentication and
 * signing out.
 */
@Priority(Priorities.AUTHORIZATION)
public final class SecondFactorEnrolmentPageFilter implements ContainerRequestFilter {

    public static final LocalPath ENROL = new LocalPath("/account/second-factor");

    private final SecondFactorStatusUseCase status;

    public SecondFactorEnrolmentPageFilter(SecondFactorStatusUseCase status) {
        this.status = status;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith("/api/") || path.startsWith(ENROL.value()) || path.startsWith("/account/reauthenticate")
                || path.startsWith("/logout")) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() instanceof SignedInUser signedIn
                && status.enrolmentRequired(signedIn.authenticated().user())) {
            request.abortWith(Htmx.redirect(Htmx.requested(request), ENROL).build());
        }
    }
}
