package dev.gatehouse.web.auth;

import dev.gatehouse.domain.session.SessionToken;
import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import java.util.Optional;

/**
 * The cookie that carries a browser's pre-session token, whose derived CSRF token protects the forms
 * used before signing in (login CSRF). Same attributes and naming rule as {@link SessionCookie}:
 * {@code __Host-gh_presession} when {@code Secure}, {@code gh_presession} for plain-http development.
 * A browser-session cookie: a new one is handed out with the next form page.
 */
public final class PreSessionCookie {

    public static final String SECURE_NAME = "__Host-gh_presession";
    public static final String INSECURE_NAME = "gh_presession";

    private final BrowserCookie cookie;

    public PreSessionCookie(boolean secure) {
        this.cookie = new BrowserCookie(INSECURE_NAME, secure, BrowserCookie.SameSite.LAX);
    }

    /** Named and flagged like the session cookie, so one configuration switch governs both. */
    public static PreSessionCookie like(SessionCookie sessionCookie) {
        return new PreSessionCookie(sessionCookie.secure());
    }

    public String name() {
        return cookie.name();
    }

    public String issue(SessionToken token) {
        return cookie.set(token.value());
    }

    /** The token the browser holds; empty when it sent none or something not shaped like one. */
    public Optional<SessionToken> read(Map<String, Cookie> cookies) {
        return cookie.valueIn(cookies).flatMap(SessionToken::parse);
    }
}
