package dev.gatehouse.application.testing;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Builds stored sessions for tests: {@code aSession().of(user).withToken(token).build()}. Unless told
 * otherwise a session has a random id and token, was created and last seen at
 * {@link #DEFAULT_CREATED_AT}, ends twelve hours later, is not remember-me and has a user agent.
 */
public final class TestSessions {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-03-04T08:00:00.000001Z");
    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    private SessionId id = new SessionId(UUID.randomUUID());
    private UserId userId;
    private SessionToken token = randomToken();
    private Instant createdAt = DEFAULT_CREATED_AT;
    private Instant lastSeenAt;
    private Instant absoluteExpiresAt;
    private boolean rememberMe;
    private String userAgent = DEFAULT_USER_AGENT;

    private TestSessions() {
    }

    public static TestSessions aSession() {
        return new TestSessions();
    }

    /** A token from an unseeded {@link Random}: unique enough for tests, never for production. */
    public static SessionToken randomToken() {
        byte[] bytes = new byte[32];
        new Random().nextBytes(bytes);
        return SessionToken.fromRandomBytes(bytes);
    }

    public TestSessions of(User user) {
        return of(user.id());
    }

    public TestSessions of(UserId userId) {
        this.userId = userId;
        return this;
    }

    public TestSessions withId(SessionId id) {
        this.id = id;
        return this;
    }

    public TestSessions withToken(SessionToken token) {
        this.token = token;
        return this;
    }

    public TestSessions createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public TestSessions lastSeenAt(Instant lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
        return this;
    }

    public TestSessions absoluteExpiresAt(Instant absoluteExpiresAt) {
        this.absoluteExpiresAt = absoluteExpiresAt;
        return this;
    }

    public TestSessions rememberMe() {
        this.rememberMe = true;
        return this;
    }

    public TestSessions withUserAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    public TestSessions withoutUserAgent() {
        return withUserAgent(null);
    }

    public Session build() {
        if (userId == null) {
            throw new IllegalStateException("say whose session it is: aSession().of(user)");
        }
        Instant seen = lastSeenAt != null ? lastSeenAt : createdAt;
        Instant end = absoluteExpiresAt != null ? absoluteExpiresAt : createdAt.plus(Duration.ofHours(12));
        return Session.rebuild(id, userId, token.hash(), createdAt, seen, end, rememberMe, userAgent);
    }
}
