package dev.gatehouse.web.auth;

import dev.gatehouse.domain.session.SessionToken;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The JSON API's CSRF check, opened to the browser pages: the token is read the same way (header
 * {@code X-CSRF-Token} or form field {@code csrf_token}) and compared in constant time against the
 * one derived from a session or pre-session token.
 */
public final class CsrfCheck {

    private CsrfCheck() {
    }

    public static boolean carriesCsrfTokenOf(ContainerRequestContext request, SessionToken token) {
        return CsrfTokenReader.read(request).map(token::matchesCsrfToken).orElse(false);
    }
}
