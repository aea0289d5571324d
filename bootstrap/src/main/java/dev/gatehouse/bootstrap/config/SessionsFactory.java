package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.TokenRotation;
import dev.gatehouse.web.auth.CookieDomain;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

public class SessionsFactory {

    @JsonProperty
    @NotNull
    private Duration idleTimeout = Duration.minutes(30);

    @JsonProperty
    @NotNull
    private Duration absoluteLifetime = Duration.hours(12);

    @JsonProperty
    @NotNull
    private Duration rememberMeLifetime = Duration.days(30);

    /** A remember-me session's token is replaced at the first cookie-borne request after it is this old. */
    @JsonProperty
    @NotNull
    private Duration rememberMeTokenRotation = Duration.hours(1);

    /** How long the token a rotation replaced still works, for requests the browser had already sent. */
    @JsonProperty
    @NotNull
    private Duration replacedTokenGrace = Duration.seconds(30);

    /** How stale the stored last-seen time may get before a request writes it again. */
    @JsonProperty
    @NotNull
    private Duration lastSeenResolution = Duration.minutes(1);

    /**
     * How long a node believes a session check it read from the database: revocations on the node are
     * exact regardless, and other nodes' reach it within this (or the feed's quarter second, if
     * sooner). Zero turns the cache off.
     */
    @JsonProperty
    @NotNull
    private Duration cacheTtl = Duration.seconds(1);

    /** About 1.5 KB each (session, account, hash keys): the default takes some 15 MB of a 128 MB heap. */
    @JsonProperty
    @Min(1)
    private long cacheMaxEntries = 10_000;

    /**
     * {@code Secure} cookies (named {@code __Host-gh_session}) and HSTS. Turn off only for plain-http
     * development on a host other than localhost; browsers accept Secure cookies on http://localhost.
     */
    @JsonProperty
    private boolean secureCookies = true;

    /**
     * A parent domain (e.g. {@code example.org}) the session cookie is sent to with all its hosts, for
     * apps on sibling hosts behind forward authentication; the cookie is then {@code __Secure-gh_session}
     * with that {@code Domain}. Empty by default: a host-only {@code __Host-gh_session}.
     */
    @JsonProperty
    private String cookieDomain;

    /** @throws IllegalArgumentException for a value that is no parent domain */
    public Optional<CookieDomain> cookieDomain() {
        return cookieDomain == null || cookieDomain.isBlank() ? Optional.empty()
                : Optional.of(CookieDomain.parse(cookieDomain));
    }

    public SessionLifetime lifetime() {
        return new SessionLifetime(idleTimeout.toJavaDuration(), absoluteLifetime.toJavaDuration(),
                rememberMeLifetime.toJavaDuration());
    }

    public TokenRotation tokenRotation() {
        return new TokenRotation(rememberMeTokenRotation.toJavaDuration(), replacedTokenGrace.toJavaDuration());
    }

    public java.time.Duration lastSeenResolution() {
        return lastSeenResolution.toJavaDuration();
    }

    public SessionCacheSettings cache() {
        return new SessionCacheSettings(cacheTtl.toJavaDuration(), cacheMaxEntries);
    }

    public boolean secureCookies() {
        return secureCookies;
    }
}
