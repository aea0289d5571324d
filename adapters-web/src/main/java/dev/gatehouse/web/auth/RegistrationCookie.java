package dev.gatehouse.web.auth;

import dev.gatehouse.domain.user.RegistrationToken;
import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import java.util.Optional;

/**
 * The registration token of a registration made on the pages, kept by the browser that registered
 * (HttpOnly, so no script reads it; {@code SameSite=Strict}, so only this site's own forms send it).
 * Entering the code in that browser presents it and keeps the password chosen at registration; a
 * code entered anywhere else does not. Dropped once a code sign-in succeeds.
 */
public final class RegistrationCookie {

    public static final String SECURE_NAME = "__Host-gh_registration";
    public static final String INSECURE_NAME = "gh_registration";

    private final BrowserCookie cookie;

    public RegistrationCookie(boolean secure) {
        this.cookie = new BrowserCookie(INSECURE_NAME, secure, BrowserCookie.SameSite.STRICT);
    }

    /** Named and flagged like the session cookie, so one configuration switch governs both. */
    public static RegistrationCookie like(SessionCookie sessionCookie) {
        return new RegistrationCookie(sessionCookie.secure());
    }

    public String issue(RegistrationToken token) {
        return cookie.set(token.value());
    }

    public String clear() {
        return cookie.clear();
    }

    /** The token the browser holds; empty when it sent none or something not shaped like one. */
    public Optional<RegistrationToken> read(Map<String, Cookie> cookies) {
        return cookie.valueIn(cookies).flatMap(RegistrationToken::parse);
    }
}
