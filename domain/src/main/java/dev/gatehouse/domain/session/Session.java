package dev.gatehouse.domain.session;

import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A signed-in browser or integration. Immutable; identified by {@link SessionId}, found by token hash. */
public final class Session {

    public static final int MAX_USER_AGENT_LENGTH = 255;

    private final SessionId id;
    private final UserId userId;
    private final SessionTokenHash tokenHash;
    private final Instant createdAt;
    private final Instant lastSeenAt;
    private final Instant absoluteExpiresAt;
    private final boolean rememberMe;
    private final String userAgent;

    private Session(SessionId id, UserId userId, SessionTokenHash tokenHash, Instant createdAt, Instant lastSeenAt,
                    Instant absoluteExpiresAt, boolean rememberMe, String userAgent) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        this.absoluteExpiresAt = Objects.requireNonNull(absoluteExpiresAt, "absoluteExpiresAt");
        if (lastSeenAt.isBefore(createdAt) || !absoluteExpiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("session times out of order");
        }
        this.rememberMe = rememberMe;
        this.userAgent = userAgent;
    }

    /** A new session starting now; its absolute end is fixed here and never extended. */
    public static Session start(SessionId id, UserId userId, SessionTokenHash tokenHash, Instant now,
                                boolean rememberMe, SessionLifetime lifetime, String userAgent) {
        Duration lifespan = rememberMe ? lifetime.rememberMeLifetime() : lifetime.absoluteLifetime();
        return new Session(id, userId, tokenHash, now, now, now.plus(lifespan), rememberMe, truncate(userAgent));
    }

    public static Session rebuild(SessionId id, UserId userId, SessionTokenHash tokenHash, Instant createdAt,
                                  Instant lastSeenAt, Instant absoluteExpiresAt, boolean rememberMe, String userAgent) {
        return new Session(id, userId, tokenHash, createdAt, lastSeenAt, absoluteExpiresAt, rememberMe, userAgent);
    }

    /** When this session ends if it is not used again. */
    public Instant expiresAt(SessionLifetime lifetime) {
        if (rememberMe) {
            return absoluteExpiresAt;
        }
        Instant idleEnd = lastSeenAt.plus(lifetime.idleTimeout());
        return idleEnd.isBefore(absoluteExpiresAt) ? idleEnd : absoluteExpiresAt;
    }

    public boolean isLiveAt(Instant now, SessionLifetime lifetime) {
        return now.isBefore(expiresAt(lifetime));
    }

    /**
     * Whether the stored last-seen time is old enough to be worth a write. Recording every request
     * would turn each authenticated read into a database write; a coarse mark bounds the error of
     * the idle timeout by {@code interval}.
     */
    public boolean lastSeenOlderThan(Duration interval, Instant now) {
        return !lastSeenAt.plus(interval).isAfter(now);
    }

    public Session seenAt(Instant now) {
        Instant seen = now.isAfter(lastSeenAt) ? now : lastSeenAt;
        return new Session(id, userId, tokenHash, createdAt, seen, absoluteExpiresAt, rememberMe, userAgent);
    }

    private static String truncate(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        if (userAgent.length() <= MAX_USER_AGENT_LENGTH) {
            return userAgent;
        }
        // Never split a surrogate pair: half a character cannot be stored and comes back as '?'.
        int end = Character.isHighSurrogate(userAgent.charAt(MAX_USER_AGENT_LENGTH - 1))
                ? MAX_USER_AGENT_LENGTH - 1 : MAX_USER_AGENT_LENGTH;
        return userAgent.substring(0, end);
    }

    public SessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public SessionTokenHash tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant absoluteExpiresAt() {
        return absoluteExpiresAt;
    }

    public boolean rememberMe() {
        return rememberMe;
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Session[" + id + "]";
    }
}
