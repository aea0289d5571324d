package dev.gatehouse.web.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * Sends the cookie of a token {@link CookieTokenRotation} replaced during the request, on every
 * answer including refusals: a browser that missed it would soon present a replaced token, which
 * ends its session. An answer that sets the session cookie itself (sign-out clears it) keeps its own.
 */
public final class RotatedSessionCookieFilter implements ContainerResponseFilter {

    private final SessionCookie cookie;

    public RotatedSessionCookieFilter(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object newCookie = request.getProperty(CookieTokenRotation.NEW_COOKIE);
        if (newCookie == null || setsSessionCookie(response)) {
            return;
        }
        response.getHeaders().add(HttpHeaders.SET_COOKIE, newCookie);
    }

    private boolean setsSessionCookie(ContainerResponseContext response) {
        List<Object> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return cookies.stream().map(String::valueOf).anyMatch(header -> header.startsWith(cookie.name() + "="));
    }
}
