package dev.gatehouse.web.page.access;

import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.mfa.ReauthenticateUseCase;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.LocalPath;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The pages' side of {@link RecentAuthenticationRequired}: a session that proved its person too long
 * ago is sent to {@code /account/reauthenticate}, which brings it back afterwards: to the page asked
 * for, or for a form post to the page the form was on (its same-origin {@code Referer}), so the
 * person sends the form again. Nothing is done before that.
 */
@RecentAuthenticationRequired
@Priority(Priorities.AUTHORIZATION + 10)
public final class RecentAuthenticationPageFilter implements ContainerRequestFilter {

    public static final String REAUTHENTICATE = "/account/reauthenticate";

    private final ReauthenticateUseCase reauthentication;

    public RecentAuthenticationPageFilter(ReauthenticateUseCase reauthentication) {
        this.reauthentication = reauthentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("api/") || path.startsWith("/api/")) {
            return;
        }
        if (!(request.getSecurityContext().getUserPrincipal() instanceof SignedInUser signedIn)) {
            return;
        }
        try {
            reauthentication.requireRecent(signedIn.authenticated());
        } catch (ReauthenticationRequiredException stale) {
            LocalPath back = HttpMethod.GET.equals(request.getMethod())
                    ? LocalPath.parse(request.getUriInfo().getRequestUri().getRawPath()
                            + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).map(q -> "?" + q)
                            .orElse("")).orElse(LocalPath.DASHBOARD)
                    : referer(request).orElse(LocalPath.DASHBOARD);
            request.abortWith(Htmx.redirect(Htmx.requested(request), new LocalPath(REAUTHENTICATE + "?next="
                    + URLEncoder.encode(back.value(), StandardCharsets.UTF_8))).build());
        }
    }

    /** The page a form was posted from, when the browser says and it is this site's. */
    private static Optional<LocalPath> referer(ContainerRequestContext request) {
        String referer = request.getHeaderString("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI from = URI.create(referer);
            URI here = request.getUriInfo().getBaseUri();
            if (!here.getHost().equalsIgnoreCase(String.valueOf(from.getHost())) || here.getPort() != from.getPort()) {
                return Optional.empty();
            }
            return LocalPath.parse(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
