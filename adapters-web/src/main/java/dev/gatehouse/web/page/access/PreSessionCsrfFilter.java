package dev.gatehouse.web.page.access;

import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.web.auth.CsrfCheck;
import dev.gatehouse.web.auth.PreSessionCookie;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;

/**
 * Login CSRF protection: a form used before signing in must carry the CSRF token derived from the
 * browser's pre-session cookie, exactly as a signed-in form carries the one derived from its
 * session cookie. Another site can make the browser post the form, but cannot read the HttpOnly
 * cookie, so it cannot know the token; without this it could sign a victim into the attacker's
 * account and watch what they do there.
 */
@Priority(Priorities.AUTHENTICATION)
public final class PreSessionCsrfFilter implements ContainerRequestFilter {

    private final PreSessionCookie cookie;
    private final Layouts layouts;
    private final Refusals refusals;

    public PreSessionCsrfFilter(PreSessionCookie cookie, Layouts layouts, Refusals refusals) {
        this.cookie = cookie;
        this.layouts = layouts;
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<SessionToken> preSession = cookie.read(request.getCookies());
        if (preSession.isEmpty() || !CsrfCheck.carriesCsrfTokenOf(request, preSession.get())) {
            // Back to the form itself (a GET on the same path), which hands out a new cookie if need be.
            String form = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
            request.abortWith(refusals.csrfRefused(request, layouts.anonymous(), LocalPath.orDashboard(form)));
        }
    }
}
