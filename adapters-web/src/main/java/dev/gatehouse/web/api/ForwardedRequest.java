package dev.gatehouse.web.api;

import dev.gatehouse.web.http.ReturnTo;
import dev.gatehouse.web.http.ReturnToOrigins;
import dev.gatehouse.web.http.TrustedProxies;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The request a proxy asks about, as its {@code X-Forwarded-Method}, {@code -Proto}, {@code -Host}
 * and {@code -Uri} headers describe it. They are believed only from a trusted proxy: anyone else
 * could name any URL and have the sign-in page send a person there. Without them the request is
 * taken as the GET it arrived as, and its URL is unknown.
 */
record ForwardedRequest(String method, Optional<ReturnTo> url) {

    static final String METHOD = "X-Forwarded-Method";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String URI = "X-Forwarded-Uri";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    static ForwardedRequest of(ContainerRequestContext request, String peer, TrustedProxies trustedProxies,
                               ReturnToOrigins origins) {
        if (!trustedProxies.trustsPeer(peer)) {
            return new ForwardedRequest(request.getMethod(), Optional.empty());
        }
        String method = Optional.ofNullable(request.getHeaderString(METHOD)).map(value -> value.strip().toUpperCase(Locale.ROOT))
                .orElse(request.getMethod());
        String proto = nearest(request.getHeaderString(PROTO));
        String host = nearest(request.getHeaderString(HOST));
        String uri = request.getHeaderString(URI);
        if (proto == null || host == null || uri == null || !uri.startsWith("/") || uri.startsWith("//")
                || host.contains("/") || host.contains("@")) {
            return new ForwardedRequest(method, Optional.empty());
        }
        // The allow-list decides: a URL on an app's origin may be returned to, anything else is forgotten.
        return new ForwardedRequest(method, origins.returnTo(proto.toLowerCase(Locale.ROOT) + "://" + host + uri));
    }

    /** A browser's redirect after sign-in comes back as a GET: only a GET or HEAD can be resumed that way. */
    boolean resumable() {
        return SAFE_METHODS.contains(method);
    }

    /**
     * A proxy that appends rather than replaces leaves what the client sent in front: the last value
     * is the one the trusted proxy wrote.
     */
    private static String nearest(String header) {
        if (header == null) {
            return null;
        }
        String value = header.substring(header.lastIndexOf(',') + 1).strip();
        return value.isEmpty() ? null : value;
    }
}
