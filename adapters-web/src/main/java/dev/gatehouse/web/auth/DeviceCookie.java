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

    private final boolean secure;

    DeviceCookie(boolean secure) {
        this.secure = secure;
    }

    String name() {
        return secure ? SECURE_NAME : INSECURE_NAME;
    }

    String issue(IssuedDeviceToken issued, Instant now) {
        long maxAge = Math.max(0, Duration.between(now, issued.expiresAt()).toSeconds());
        StringBuilder header = new StringBuilder(name()).append('=').append(issued.token().value())
                .append("; Path=/; Max-Age=").append(maxAge);
        if (secure) {
            header.append("; Secure");
        }
        return header.append("; HttpOnly; SameSite=Strict").toString();
    }

    Optional<DeviceToken> presentedBy(ContainerRequestContext request) {
        return Optional.ofNullable(request.getCookies().get(name())).flatMap(cookie -> DeviceToken.parse(cookie.getValue()));
    }
}
