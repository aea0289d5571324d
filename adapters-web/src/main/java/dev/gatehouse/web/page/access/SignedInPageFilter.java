package dev.gatehouse.web.page.access;

import dev.gatehouse.domain.user.Role;
import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;

/**
 * The pages' face of {@link SessionAuthentication}, the same step the JSON API's filter takes; what
 * differs is the answer to a refusal: no session is a {@code 303} to {@code /login?next=...} (an htmx
 * request gets {@code HX-Redirect}), a missing CSRF token is a 403 page, a missing role the 403 "no
 * access" page; never a problem document.
 *
 * <p>Only the cookie is read: pages are for browsers, and a bearer token needs no page. The checks
 * run in the order session, CSRF, role, and only then is a due token rotated: a post without the
 * session's CSRF token is refused with 403 as what it is, never quietly treated as "signed out"
 * (which {@code @Auth Optional<...>} would do, since it swallows the API filter's refusals).
 */
@Priority(Priorities.AUTHENTICATION)
final class SignedInPageFilter implements ContainerRequestFilter {

    private final SessionAuthentication authentication;
    private final SessionCookie cookie;
    private final Set<Role> anyRoleOf;
    private final Layouts layouts;
    private final Refusals refusals;

    SignedInPageFilter(SessionAuthentication authentication, SessionCookie cookie, Set<Role> anyRoleOf,
                       Layouts layouts, Refusals refusals) {
        this.authentication = authentication;
        this.cookie = cookie;
        this.anyRoleOf = Set.copyOf(anyRoleOf);
        this.layouts = layouts;
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        SessionAuthentication.Verdict verdict = authentication.check(request, authentication.cookie(request));
        if (verdict instanceof SessionAuthentication.MissingCsrfToken refused) {
            request.abortWith(refusals.csrfRefused(request, layouts.signedIn(refused.session()), LocalPath.DASHBOARD));
        } else if (!(verdict instanceof SessionAuthentication.Accepted accepted)) {
            request.abortWith(refusals.toSignIn(request, cookie.isPresentIn(request)));
        } else if (!anyRoleOf.isEmpty() && anyRoleOf.stream().noneMatch(accepted.session().user()::hasRole)) {
            request.abortWith(refusals.noAccess(request, layouts.signedIn(accepted.session())));
        } else {
            authentication.admit(request, accepted);
        }
    }
}
