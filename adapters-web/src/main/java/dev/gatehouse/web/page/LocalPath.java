package dev.gatehouse.web.page;

import dev.gatehouse.web.page.view.Flash;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page may send a person: only a path on this site that a {@code Location} header can carry
 * as it is. Anything a browser could read as another origin is refused: a scheme
 * ({@code https://evil.org}), a host ({@code //evil.org}), a backslash (browsers read {@code /\evil.org}
 * as {@code //evil.org}), and control characters or spaces (browsers drop tabs and newlines, so
 * {@code /<TAB>/evil.org} would become {@code //evil.org}). So is anything that is no URI at all
 * ({@code /"}, {@code /%zz}): it is found when {@code next} arrives, not when the redirect is built
 * after the session was created. A {@code next} parameter arrives percent-decoded once, so
 * {@code %2F%2Fevil.org} is refused as {@code //evil.org}.
 */
public record LocalPath(String value) {

    public static final LocalPath DASHBOARD = new LocalPath("/dashboard");
    public static final LocalPath SIGN_IN = new LocalPath("/login");
    static final int MAX_LENGTH = 2048;

    /** @throws IllegalArgumentException unless {@code value} is a local path; for literals of this package */
    public LocalPath {
        Objects.requireNonNull(value, "value");
        if (!isLocal(value)) {
            throw new IllegalArgumentException("not a local path");
        }
    }

    /** A {@code next} or other path a client sent: the local path it names, or empty. */
    public static Optional<LocalPath> parse(String candidate) {
        return candidate != null && isLocal(candidate) ? Optional.of(new LocalPath(candidate)) : Optional.empty();
    }

    public static LocalPath orDashboard(String candidate) {
        return parse(candidate).orElse(DASHBOARD);
    }

    /** This path with the key of the message to show when it is reached ({@code ?done=...}). */
    public LocalPath done(Flash flash) {
        return new LocalPath(value + (value.contains("?") ? "&" : "?") + Flash.PARAMETER + "=" + flash.key());
    }

    /** Never fails: the constructor parsed it already. */
    URI uri() {
        return URI.create(value);
    }

    private static boolean isLocal(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/");
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
