package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.session.SessionToken;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The session cookie of the contract: {@code HttpOnly}, {@code SameSite=Lax}, {@code Path=/}, no
 * {@code Domain}, and {@code Secure} unless turned off for plain-http development (all written by
 * {@link BrowserCookie}). With a cookie domain ({@code sessions.cookieDomain}) it is sent to every
 * host under that domain, so apps on sibling hosts behind forward authentication see the session:
 * then it is {@code __Secure-gh_session} with {@code Domain=<that domain>}.
 */
public final class SessionCookie {

    public static final String SECURE_NAME = "__Host-gh_session";
    public static final String INSECURE_NAME = "gh_session";
    public static final String SHARED_NAME = "__Secure-gh_session";

    private final BrowserCookie cookie;
    private final DeviceCookie device;

    public SessionCookie(boolean secure) {
        this(secure, Optional.empty());
    }

    /** @param domain a parent domain (e.g. {@code example.org}), checked by {@link CookieDomain} */
    public SessionCookie(boolean secure, Optional<CookieDomain> domain) {
        this.cookie = new BrowserCookie(INSECURE_NAME, secure, BrowserCookie.SameSite.LAX, domain.map(CookieDomain::value));
        this.device = new DeviceCookie(secure);
    }

    public String name() {
        return cookie.name();
    }

    public boolean secure() {
        return cookie.secure();
    }

    /** The token in the request's session cookie, if it holds one shaped like ours. */
    public Optional<SessionToken> presentedBy(ContainerRequestContext request) {
        return cookie.valueIn(request.getCookies()).flatMap(SessionToken::parse);
    }

    /** Whether the request came with a session cookie at all, whatever it holds. */
    public boolean isPresentIn(ContainerRequestContext request) {
        return request.getCookies().containsKey(name());
    }

    /** What a browser signing in brings along: its session (to be replaced) and its device cookie. */
    public HeldTokens heldBy(ContainerRequestContext request) {
        return new HeldTokens(presentedBy(request), device.presentedBy(request));
    }

    /**
     * The {@code Set-Cookie} values of a successful sign-in: the session cookie (a browser-session
     * cookie, or with "stay signed in" one that lives as long as the session) and the device cookie.
     */
    public List<String> afterSignIn(SignedIn signedIn) {
        Instant now = signedIn.session().createdAt();
        Optional<Duration> lifetime = signedIn.session().rememberMe()
                ? Optional.of(Duration.between(now, signedIn.expiresAt()))
                : Optional.empty();
        return List.of(issue(signedIn.token(), lifetime), device.issue(signedIn.device(), now));
    }

    /** A browser-session cookie, or with {@code maxAge} one that outlives the browser. */
    public String issue(SessionToken token, Optional<Duration> maxAge) {
        return maxAge.map(age -> cookie.set(token.value(), age)).orElseGet(() -> cookie.set(token.value()));
    }

    public String clear() {
        return cookie.clear();
    }
}
