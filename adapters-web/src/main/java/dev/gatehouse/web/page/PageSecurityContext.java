package dev.gatehouse.web.page;

import dev.gatehouse.domain.user.Role;
import dev.gatehouse.web.auth.SignedInUser;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/** The security context of a page request that {@link SignedInPageFilter} let through. */
final class PageSecurityContext implements SecurityContext {

    private final SignedInUser user;
    private final boolean secure;

    PageSecurityContext(SignedInUser user, boolean secure) {
        this.user = user;
        this.secure = secure;
    }

    /** The person a {@link SignedInPage} serves; only called behind the filter, which guarantees one. */
    static SignedInUser signedIn(SecurityContext security) {
        if (security.getUserPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new IllegalStateException("not a @SignedInPage, or its filter did not run");
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
        return SecurityContext.FORM_AUTH;
    }
}
