package dev.gatehouse.web.auth;

import dev.gatehouse.domain.mfa.ChallengeToken;
import jakarta.ws.rs.core.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Between the pages' first sign-in step and the second, the browser holds the challenge in this
 * cookie ({@code __Host-gh_challenge}; {@code gh_challenge} for plain-http development): HttpOnly,
 * {@code SameSite=Strict}, living as long as the challenge. Never in a URL or a form, so it reaches
 * no history, log or Referer.
 */
public final class SecondFactorChallengeCookie {

    private final BrowserCookie cookie;

    public SecondFactorChallengeCookie(boolean secure) {
        this.cookie = new BrowserCookie("gh_challenge", secure, BrowserCookie.SameSite.STRICT);
    }

    public static SecondFactorChallengeCookie like(SessionCookie sessionCookie) {
        return new SecondFactorChallengeCookie(sessionCookie.secure());
    }

    public String issue(ChallengeToken challenge, Instant now, Instant expiresAt) {
        return cookie.set(challenge.value(), Duration.between(now, expiresAt));
    }

    public Optional<ChallengeToken> read(Map<String, Cookie> cookies) {
        return cookie.valueIn(cookies).flatMap(ChallengeToken::parse);
    }

    public String clear() {
        return cookie.clear();
    }
}
