package dev.gatehouse.web.auth;

import dev.gatehouse.domain.user.Role;
import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Arrays;

/** Backs {@code @RolesAllowed}: role names are the domain's wire ids ({@code "user"}, {@code "admin"}). */
public final class RoleAuthorizer implements Authorizer<SignedInUser> {

    @Override
    public boolean authorize(SignedInUser principal, String role, ContainerRequestContext requestContext) {
        return Arrays.stream(Role.values())
                .filter(candidate -> candidate.id().equals(role))
                .anyMatch(principal.authenticated().user()::hasRole);
    }
}
