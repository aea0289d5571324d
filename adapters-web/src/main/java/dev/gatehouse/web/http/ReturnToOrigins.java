package dev.gatehouse.web.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The origins ({@code scheme://host[:port]}) of the apps Gatehouse stands in front of: a
 * {@code return_to} URL on one of them is where a person goes after signing in or out, and their
 * pages may post to ours (a sign-out button on the app). Empty by default, so no {@code return_to}
 * leaves the site.
 *
 * <p>A candidate is judged by the origin a browser would give it, never by text matching: it must be
 * an absolute http(s) URL with a host and no user part ({@code https://allowed@evil.org} goes to
 * {@code evil.org}; {@code https://evil.org@allowed} is refused too, as nothing honest writes it),
 * made of printable ASCII only (browsers drop tabs and newlines, and read a backslash as a slash),
 * and its scheme, host and port, compared without case and with default ports made explicit, must
 * be one of the configured origins.
 */
public final class ReturnToOrigins {

    static final int MAX_LENGTH = 2048;

    private final Set<String> origins;

    private ReturnToOrigins(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    public static ReturnToOrigins none() {
        return new ReturnToOrigins(Set.of());
    }

    /** @throws IllegalArgumentException for an entry that is not an origin ({@code https://app.example.org[:port]}) */
    public static ReturnToOrigins of(List<String> entries) {
        return new ReturnToOrigins(entries.stream().map(ReturnToOrigins::configured).collect(Collectors.toSet()));
    }

    public boolean isEmpty() {
        return origins.isEmpty();
    }

    /** Whether a request's {@code Origin} header names one of these origins. */
    public boolean allowsOrigin(String originHeader) {
        return originHeader != null && parse(originHeader.strip()).flatMap(ReturnToOrigins::originOf)
                .filter(origins::contains).isPresent();
    }

    /** A {@code return_to} a client sent: the URL, if it lies on one of these origins; empty otherwise, never an error. */
    public Optional<ReturnTo> returnTo(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !printableAscii(candidate)) {
            return Optional.empty();
        }
        return parse(candidate)
                .filter(uri -> originOf(uri).filter(origins::contains).isPresent())
                .map(ReturnTo::new);
    }

    private static String configured(String entry) {
        String candidate = entry.strip();
        if (candidate.endsWith("/")) {
            candidate = candidate.substring(0, candidate.length() - 1);
        }
        Optional<URI> uri = printableAscii(candidate) ? parse(candidate) : Optional.empty();
        if (uri.isEmpty() || !(uri.get().getRawPath() == null || uri.get().getRawPath().isEmpty())
                || uri.get().getRawQuery() != null || uri.get().getRawFragment() != null) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + entry);
        }
        return originOf(uri.get())
                .orElseThrow(() -> new IllegalArgumentException("not an origin (scheme://host[:port]): " + entry));
    }

    private static Optional<URI> parse(String candidate) {
        try {
            return Optional.of(new URI(candidate));
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /** {@code scheme://host:port} in lower case with the port always written, or empty for anything else. */
    private static Optional<String> originOf(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.isOpaque() || uri.getRawUserInfo() != null
                || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        // A server-based authority that java.net.URI could not split (host_name with an underscore, say) has no host.
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            return Optional.empty();
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
    }

    private static boolean printableAscii(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
