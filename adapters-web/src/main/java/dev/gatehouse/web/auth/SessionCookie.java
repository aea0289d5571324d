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
 * {@code Domain}, and {@code Secure} unless turned off for plain-http development. Written by hand
 * rather than through {@code NewCookie} so that exactly these attributes are sent, nothing more.
 */
public final class SessionCookie {

    public static final String SECURE_NAME = "__Host-gh_session";
    public static final String INSECURE_NAME = "gh_session";

    private final boolean secure;
    private final DeviceCookie device;

    public SessionCookie(boolean secure) {
        this.secure = secure;
        this.device = new DeviceCookie(secure);
    }

    public String name() {
        // The __Host- prefix makes browsers refuse the cookie unless it is Secure, so plain http
        // development needs the unprefixed name.
        return secure ? SECURE_NAME : INSECURE_NAME;
    }

    public boolean secure() {
        return secure;
    }

    /** The token in the request's session cookie, if it holds one shaped like ours. */
    public Optional<SessionToken> presentedBy(ContainerRequestContext request) {
        return Optional.ofNullable(request.getCookies().get(name())).flatMap(cookie -> SessionToken.parse(cookie.getValue()));
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
        StringBuilder header = new StringBuilder(name()).append('=').append(token.value()).append("; Path=/");
        maxAge.ifPresent(age -> header.append("; Max-Age=").append(Math.max(0, age.toSeconds())));
        return withFlags(header);
    }

    public String clear() {
        return withFlags(new StringBuilder(name()).append("=; Path=/; Max-Age=0"));
    }

    private String withFlags(StringBuilder header) {
        if (secure) {
            header.append("; Secure");
        }
        return header.append("; HttpOnly; SameSite=Lax").toString();
    }
}
