package dev.gatehouse.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The contract's security headers on every response. API responses carry identities and tokens,
 * so none of them may be stored by a cache; HSTS is sent only when cookies are {@code Secure},
 * i.e. when the service is meant to be reached over TLS.
 *
 * <p>Pages get a CSP that lets them load our own scripts, styles and images (htmx, Pico CSS and our
 * static file, all served by the app) and nothing inline: no {@code unsafe-inline}, no eval. They
 * are not stored by caches either unless a resource says otherwise: they carry CSRF tokens bound
 * to a cookie, or a signed-in user's data, and a page shown again by the back button after logout
 * must come from the server.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    public static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final boolean strictTransportSecurity;

    public SecurityHeadersFilter(boolean strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        // Not no-referrer: under it a browser sends "Origin: null" with a plain form post, and the
        // CORS check could no longer tell our own pages (JavaScript off) from a sandboxed stranger.
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        boolean api = isApi(request);
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.putSingle("Content-Security-Policy", api ? API_CONTENT_SECURITY_POLICY : PAGE_CONTENT_SECURITY_POLICY);
        }
        if (api || !headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (strictTransportSecurity) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("api/") || path.startsWith("/api/") || path.equals("api") || path.equals("/api");
    }
}
