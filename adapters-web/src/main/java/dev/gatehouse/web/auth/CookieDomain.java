package dev.gatehouse.web.auth;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The parent domain a shared session cookie is scoped to ({@code Domain=example.org}): a host name of
 * at least two labels, without scheme, port, path or leading dot. A single label ({@code org},
 * {@code localhost}) is refused, since browsers refuse such a cookie or would share it far too widely.
 */
public record CookieDomain(String value) {

    private static final Pattern HOST_NAME =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** @throws IllegalArgumentException for anything but a host name of two or more labels */
    public CookieDomain {
        Objects.requireNonNull(value, "value");
        if (!HOST_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("not a parent domain for a cookie (e.g. example.org): " + value);
        }
    }

    /** The configured text, in any case and with the leading dot older documentation writes. */
    public static CookieDomain parse(String configured) {
        String candidate = configured.strip().toLowerCase(Locale.ROOT);
        return new CookieDomain(candidate.startsWith(".") ? candidate.substring(1) : candidate);
    }
}
