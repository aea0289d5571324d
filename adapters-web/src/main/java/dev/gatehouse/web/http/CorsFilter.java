package dev.gatehouse.web.http;

import dev.gatehouse.web.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin requests are refused (403 problem+json) unless their {@code Origin} is on the
 * allow-list, which is empty by default. A browser request from our own pages carries our own
 * host in {@code Origin}, and requests without {@code Origin} (curl, servers) are no browser's
 * cross-origin requests at all. Allowed origins get CORS headers for bearer-token calls; no
 * credentials, since the session cookie is {@code SameSite=Lax} and stays on our own site.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ORIGIN = "Origin";
    private static final String SIGN_OUT = "/logout";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-CSRF-Token";
    private static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE";

    private final Set<String> allowedOrigins;
    private final ReturnToOrigins appOrigins;

    public CorsFilter(List<String> allowedOrigins) {
        this(allowedOrigins, ReturnToOrigins.none());
    }

    /**
     * @param appOrigins the apps Gatehouse stands in front of: their pages may post the sign-out form
     *                   ({@code POST /logout}, which the session's CSRF token still guards) and nothing
     *                   else, and get no CORS headers
     */
    public CorsFilter(List<String> allowedOrigins, ReturnToOrigins appOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(CorsFilter::normalised).collect(Collectors.toUnmodifiableSet());
        this.appOrigins = appOrigins;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || sameOrigin(origin, request.getHeaderString(HttpHeaders.HOST))
                || signOutFromAnApp(request, origin)) {
            return;
        }
        if (!allowedOrigins.contains(normalised(origin))) {
            request.abortWith(ProblemType.CROSS_ORIGIN_REFUSED
                    .response("Requests from this origin are not allowed").build());
            return;
        }
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString("Access-Control-Request-Method") != null) {
            Response.ResponseBuilder preflight = Response.noContent()
                    .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .header("Access-Control-Max-Age", 600);
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add(HttpHeaders.VARY, ORIGIN);
        String origin = request.getHeaderString(ORIGIN);
        if (origin != null && allowedOrigins.contains(normalised(origin))) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
        }
    }

    /**
     * An app's sign-out button. Only that: the app's pages see the session's CSRF token (forward auth
     * hands it to them for this form), so letting them post anything else would let a flaw in any
     * app act on the person's account here.
     */
    private boolean signOutFromAnApp(ContainerRequestContext request, String origin) {
        return HttpMethod.POST.equals(request.getMethod()) && SIGN_OUT.equals(path(request))
                && appOrigins.allowsOrigin(origin) && !allowedOrigins.contains(normalised(origin));
    }

    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Our own pages: the browser names the host it sent the request to. */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static String normalised(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
