package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UnknownRoleException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.http.ReturnTo;
import dev.gatehouse.web.http.TrustedProxies;
import dev.gatehouse.web.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Forward authentication: a reverse proxy (nginx {@code auth_request}, Traefik {@code forwardAuth},
 * Caddy {@code forward_auth}) asks, for each request to an app behind it, who the request's session
 * is. 200 names the person in {@code X-Gatehouse-*} headers the proxy copies to the app; 401 means
 * nobody (or, for a browser's GET when redirects are on, 302 to the sign-in page with
 * {@code return_to}); 403 means signed in without the {@code role} asked for.
 *
 * <p>It is the hottest path of such a setup, so it takes the same session check as
 * {@code GET /api/session} and nothing more. It never rotates a remember-me token: the proxies would
 * have to carry the new cookie to the browser on the app's answer, and parallel requests of one page
 * would race to rotate; the token is rotated on the person's next visit to Gatehouse's own pages.
 */
@Path("/api/forward-auth")
public final class ForwardAuthResource {

    public static final String USER_ID = "X-Gatehouse-User-Id";
    public static final String EMAIL = "X-Gatehouse-Email";
    public static final String ROLES = "X-Gatehouse-Roles";
    public static final String CSRF_TOKEN = "X-Gatehouse-Csrf-Token";
    /** On a 401: where to send the browser, for a proxy (nginx) that redirects by itself. */
    public static final String SIGN_IN = "X-Gatehouse-Sign-In";

    private final SessionAuthentication authentication;
    private final TrustedProxies trustedProxies;
    private final ForwardAuthSettings settings;

    public ForwardAuthResource(SessionAuthentication authentication, TrustedProxies trustedProxies,
                               ForwardAuthSettings settings) {
        this.authentication = authentication;
        this.trustedProxies = trustedProxies;
        this.settings = settings;
    }

    @GET
    public Response check(@QueryParam("role") String role, @QueryParam("redirect") String redirect,
                          @Context ContainerRequestContext request, @Context HttpServletRequest servletRequest) {
        SessionAuthentication.Verdict verdict = authentication.check(request, authentication.bearerOrCookie(request));
        if (!(verdict instanceof SessionAuthentication.Accepted accepted)) {
            return signInRequired(request, servletRequest.getRemoteAddr(), !"false".equalsIgnoreCase(redirect));
        }
        Authenticated session = accepted.session();
        if (role != null && !holds(session.user(), role)) {
            return ProblemType.FORBIDDEN.response("This account does not have the role " + role).build();
        }
        return Response.ok()
                .header(USER_ID, session.user().id().toString())
                .header(EMAIL, session.user().email().value())
                .header(ROLES, session.user().roles().stream().map(Role::id).sorted(Comparator.naturalOrder())
                        .collect(Collectors.joining(",")))
                .header(CSRF_TOKEN, session.token().csrfToken())
                .build();
    }

    private Response signInRequired(ContainerRequestContext request, String peer, boolean redirectAllowed) {
        ForwardedRequest original = ForwardedRequest.of(request, peer, trustedProxies,
                settings.returnToOrigins());
        URI signIn = signInUrl(original.url());
        if (settings.redirectBrowsers() && redirectAllowed && original.resumable() && acceptsHtml(request)) {
            return Response.status(Response.Status.FOUND).location(signIn).build();
        }
        return ProblemType.UNAUTHENTICATED.response("Sign in, or send a valid session token")
                .header(SIGN_IN, signIn.toString())
                .build();
    }

    /**
     * The sign-in page, with the original URL to return to when it is known and allowed. A path is
     * taken on the original URL's origin (path routing: the app and Gatehouse share the host), since
     * the request itself came to Gatehouse's own address, which the browser may not reach.
     */
    private URI signInUrl(Optional<ReturnTo> returnTo) {
        String base = settings.signInUrl();
        if (returnTo.isEmpty()) {
            return URI.create(base);
        }
        String page = base.startsWith("/") ? returnTo.get().origin() + base : base;
        return URI.create(page + (page.contains("?") ? "&" : "?") + "return_to="
                + URLEncoder.encode(returnTo.get().value(), StandardCharsets.UTF_8));
    }

    private static boolean holds(User user, String role) {
        try {
            return user.hasRole(Role.fromId(role));
        } catch (UnknownRoleException noSuchRole) {
            // A role nobody can hold: refused like any role not held.
            return false;
        }
    }

    private static boolean acceptsHtml(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
