package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.RotateSessionTokenUseCase;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Rotates the token of a remember-me session that a request presented in the session cookie, for
 * the API and the pages alike. It runs after the request's CSRF token was checked against the token
 * it came with, and before the resource runs, so that what the resource answers (a page's forms, the
 * {@code csrfToken} of {@code GET /api/session}) is already bound to the new token. The new cookie
 * goes out with the answer through {@link RotatedSessionCookieFilter}, whatever its status.
 */
public final class CookieTokenRotation {

    static final String NEW_COOKIE = CookieTokenRotation.class.getName() + ".newCookie";

    private final RotateSessionTokenUseCase rotation;
    private final SessionCookie cookie;

    public CookieTokenRotation(RotateSessionTokenUseCase rotation, SessionCookie cookie) {
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.cookie = Objects.requireNonNull(cookie, "cookie");
    }

    /** {@code current}, or the same identity under a new token whose cookie the answer will carry. */
    public Authenticated rotateIfDue(ContainerRequestContext request, Authenticated current) {
        return rotation.rotateIfDue(current).map(rotated -> carried(request, rotated)).orElse(current);
    }

    /** As {@link #rotateIfDue}, but now: after the person re-authenticated within the request. */
    public Authenticated rotateNow(ContainerRequestContext request, Authenticated current) {
        return rotation.rotate(current).map(rotated -> carried(request, rotated)).orElse(current);
    }

    /** A plain session's cookie stays a browser-session cookie; a remembered one lives as long as its session. */
    private Authenticated carried(ContainerRequestContext request, Authenticated rotated) {
        Optional<Duration> lifetime = rotated.session().rememberMe()
                ? Optional.of(Duration.between(rotated.session().tokenIssuedAt(), rotated.expiresAt()))
                : Optional.empty();
        request.setProperty(NEW_COOKIE, cookie.issue(rotated.token(), lifetime));
        return rotated;
    }
}
