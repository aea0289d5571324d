package dev.gatehouse.web.auth;

import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The cookie by which a browser that signed in before is recognised at its next sign-in to the
 * same account ({@link DeviceToken}). Named and flagged like the session cookie
 * ({@code __Host-gh_device}, {@code gh_device} without {@code Secure}), but {@code SameSite=Strict}:
 * only this site's own sign-in forms ever need it.
 */
final class DeviceCookie {

    static final String SECURE_NAME = "__Host-gh_device";
    static final String INSECURE_NAME = "gh_device";

    private final BrowserCookie cookie;

    DeviceCookie(boolean secure) {
        this.cookie = new BrowserCookie(INSECURE_NAME, secure, BrowserCookie.SameSite.STRICT);
    }

    String name() {
        return cookie.name();
    }

    String issue(IssuedDeviceToken issued, Instant now) {
        return cookie.set(issued.token().value(), Duration.between(now, issued.expiresAt()));
    }

    Optional<DeviceToken> presentedBy(ContainerRequestContext request) {
        return cookie.valueIn(request.getCookies()).flatMap(DeviceToken::parse);
    }
}
