package dev.gatehouse.web.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context the authentication set, with the principal under its rotated token. */
final class RotatedSecurityContext implements SecurityContext {

    private final SecurityContext authenticated;
    private final SignedInUser rotated;

    RotatedSecurityContext(SecurityContext authenticated, SignedInUser rotated) {
        this.authenticated = authenticated;
        this.rotated = rotated;
    }

    @Override
    public Principal getUserPrincipal() {
        return rotated;
    }

    @Override
    public boolean isUserInRole(String role) {
        // Roles belong to the user, whom rotation does not change.
        return authenticated.isUserInRole(role);
    }

    @Override
    public boolean isSecure() {
        return authenticated.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
        return authenticated.getAuthenticationScheme();
    }
}
