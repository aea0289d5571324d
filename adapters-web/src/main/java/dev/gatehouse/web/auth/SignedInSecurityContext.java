package dev.gatehouse.web.auth;

import dev.gatehouse.domain.user.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/**
 * The security context of a request that {@link SessionAuthentication} let in, for the API and the
 * pages alike: its principal is the {@link SignedInUser}, under the token the session holds after a
 * rotation, and its roles (for {@code @RolesAllowed}) are the domain's wire ids.
 */
public final class SignedInSecurityContext implements SecurityContext {

    private static final String BEARER = "Bearer";

    private final SignedInUser user;
    private final boolean secure;

    SignedInSecurityContext(SignedInUser user, boolean secure) {
        this.user = user;
        this.secure = secure;
    }

    /** The person a signed-in resource serves; only called behind the authentication, which guarantees one. */
    public static SignedInUser signedIn(SecurityContext security) {
        if (security.getUserPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new IllegalStateException("not behind the session authentication, or it did not run");
    }

    @Override
    public Principal getUserPrincipal() {
        return user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Arrays.stream(Role.values())
                .anyMatch(candidate -> candidate.id().equals(role) && user.authenticated().user().hasRole(candidate));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return user.source() == CredentialSource.BEARER ? BEARER : SecurityContext.FORM_AUTH;
    }
}
