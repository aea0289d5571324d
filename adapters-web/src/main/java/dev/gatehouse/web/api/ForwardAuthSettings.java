package dev.gatehouse.web.api;

import dev.gatehouse.web.http.ReturnToOrigins;
import java.util.Objects;

/**
 * What forward authentication takes from the configuration: the apps' origins (a {@code return_to}
 * must lie on one), whether a browser that is not signed in gets a redirect to the sign-in page
 * instead of a 401 (for Traefik and Caddy, which hand the answer to the browser as it is), and where
 * that sign-in page is ({@code /login} on the proxy's host, or an absolute URL on another host).
 */
public record ForwardAuthSettings(ReturnToOrigins returnToOrigins, boolean redirectBrowsers, String signInUrl) {

    public static final String DEFAULT_SIGN_IN_URL = "/login";

    public ForwardAuthSettings {
        Objects.requireNonNull(returnToOrigins, "returnToOrigins");
        Objects.requireNonNull(signInUrl, "signInUrl");
        if (!signInUrl.startsWith("/") && !signInUrl.startsWith("https://") && !signInUrl.startsWith("http://")
                || signInUrl.startsWith("//") || signInUrl.contains("#")) {
            throw new IllegalArgumentException("forwardAuth.signInUrl must be a path (/login) or an absolute http(s) URL: "
                    + signInUrl);
        }
    }

    /** No apps: nothing to return to, and the sign-in page on the asking host. */
    public static ForwardAuthSettings none() {
        return new ForwardAuthSettings(ReturnToOrigins.none(), true, DEFAULT_SIGN_IN_URL);
    }
}
