package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.CredentialSource;
import dev.gatehouse.web.auth.CsrfCheck;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import java.util.Optional;
import java.util.Set;

/**
 * Page authentication, kept apart from the JSON API's {@code SessionAuthFilter} because a page
 * answers differently: no session is a {@code 303} to {@code /login?next=...} (an htmx request gets
 * {@code HX-Redirect}), a missing CSRF token is a 403 page, a missing role the 403 "no access" page;
 * never a problem document. What is shared is what matters for security: the session cookie, the
 * {@link AuthenticateSessionUseCase}, and the CSRF token and its check ({@link CsrfCheck}).
 *
 * <p>Only the cookie is read: pages are for browsers, and a bearer token needs no page. The checks
 * run in the order session, CSRF, role: a post without the session's CSRF token is refused with 403
 * as what it is, never quietly treated as "signed out" (which {@code @Auth Optional<...>} would do,
 * since it swallows the API filter's refusals).
 */
@Priority(Priorities.AUTHENTICATION)
final class SignedInPageFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuthenticateSessionUseCase sessions;
    private final CookieTokenRotation rotation;
    private final SessionCookie cookie;
    private final Set<Role> anyRoleOf;
    private final Layouts layouts;
    private final Refusals refusals;

    SignedInPageFilter(AuthenticateSessionUseCase sessions, CookieTokenRotation rotation, SessionCookie cookie,
                       Set<Role> anyRoleOf, Layouts layouts, Refusals refusals) {
        this.sessions = sessions;
        this.rotation = rotation;
        this.cookie = cookie;
        this.anyRoleOf = Set.copyOf(anyRoleOf);
        this.layouts = layouts;
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie presented = request.getCookies().get(cookie.name());
        Optional<Authenticated> authenticated = Optional.ofNullable(presented)
                .flatMap(c -> SessionToken.parse(c.getValue()))
                .flatMap(token -> sessions.authenticate(token, RequestOrigins.of(request)));
        if (authenticated.isEmpty()) {
            request.abortWith(refusals.toSignIn(request, presented != null));
            return;
        }
        Authenticated signedIn = authenticated.get();
        if (!SAFE_METHODS.contains(request.getMethod()) && !CsrfCheck.carriesCsrfTokenOf(request, signedIn.token())) {
            request.abortWith(refusals.csrfRefused(request, layouts.signedIn(signedIn), LocalPath.DASHBOARD));
            return;
        }
        if (!anyRoleOf.isEmpty() && anyRoleOf.stream().noneMatch(signedIn.user()::hasRole)) {
            request.abortWith(refusals.noAccess(request, layouts.signedIn(signedIn)));
            return;
        }
        SignedInUser user = new SignedInUser(rotation.rotateIfDue(request, signedIn), CredentialSource.COOKIE);
        request.setSecurityContext(new PageSecurityContext(user, request.getSecurityContext().isSecure()));
    }
}
