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
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final boolean strictTransportSecurity;

    public SecurityHeadersFilter(boolean strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Frame-Options", "DENY");
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.putSingle("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
        }
        if (isApi(request)) {
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
