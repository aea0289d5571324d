package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.mfa.SecondFactorEnrolmentRequiredException;
import dev.gatehouse.application.port.in.mfa.SecondFactorStatusUseCase;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;

/**
 * {@code mfa.requiredForRoles} on the JSON API: a signed-in member of such a role without a second
 * factor may look at and end its session, re-authenticate and enrol an authenticator app; every
 * other request is 403 {@code urn:gatehouse:problem:second-factor-enrolment-required}. Storage is
 * asked only for members of those roles.
 */
@Priority(Priorities.AUTHORIZATION)
public final class SecondFactorEnrolmentFilter implements ContainerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("api/session", "api/session/reauthenticate",
            "api/users/me/totp", "api/users/me/totp/confirm");

    private final SecondFactorStatusUseCase status;

    public SecondFactorEnrolmentFilter(SecondFactorStatusUseCase status) {
        this.status = status;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.startsWith("api/") || ALLOWED.contains(relative)) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() instanceof SignedInUser signedIn
                && status.enrolmentRequired(signedIn.authenticated().user())) {
            throw new SecondFactorEnrolmentRequiredException();
        }
    }
}
