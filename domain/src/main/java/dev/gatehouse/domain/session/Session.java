package dev.gatehouse.domain.session;

import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in browser or integration. Immutable; identified by {@link SessionId}, found by token hash.
 * A remember-me session's token is replaced from time to time ({@link TokenRotation}); the session
 * then remembers the hash of the token it replaced, so that a late request still carrying it can be
 * told from a stolen copy being replayed.
 */
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
    private final Instant tokenIssuedAt;
    private final SessionTokenHash replacedTokenHash;
    private final SignInMethod signInMethod;

    private Session(SessionId id, UserId userId, SessionTokenHash tokenHash, Instant createdAt, Instant lastSeenAt,
                    Instant absoluteExpiresAt, boolean rememberMe, String userAgent, Instant tokenIssuedAt,
                    SessionTokenHash replacedTokenHash, SignInMethod signInMethod) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        this.absoluteExpiresAt = Objects.requireNonNull(absoluteExpiresAt, "absoluteExpiresAt");
        if (lastSeenAt.isBefore(createdAt) || !absoluteExpiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("session times out of order");
        }
        this.tokenIssuedAt = Objects.requireNonNull(tokenIssuedAt, "tokenIssuedAt");
        if (tokenIssuedAt.isBefore(createdAt) || replacedTokenHash == null && !tokenIssuedAt.equals(createdAt)) {
            throw new IllegalArgumentException("a session's first token is issued at its start, a replacement no earlier");
        }
        if (tokenHash.equals(replacedTokenHash)) {
            throw new IllegalArgumentException("a token cannot replace itself");
        }
        this.rememberMe = rememberMe;
        this.userAgent = userAgent;
        this.replacedTokenHash = replacedTokenHash;
        this.signInMethod = signInMethod;
    }

    /** A new session starting now; its absolute end is fixed here and never extended. */
    public static Session start(SessionId id, UserId userId, SessionTokenHash tokenHash, Instant now,
                                boolean rememberMe, SessionLifetime lifetime, String userAgent) {
        Duration lifespan = rememberMe ? lifetime.rememberMeLifetime() : lifetime.absoluteLifetime();
        return new Session(id, userId, tokenHash, now, now, now.plus(lifespan), rememberMe, truncate(userAgent),
                now, null, null);
    }

    /** A session as stored whose token was never replaced. */
    public static Session rebuild(SessionId id, UserId userId, SessionTokenHash tokenHash, Instant createdAt,
                                  Instant lastSeenAt, Instant absoluteExpiresAt, boolean rememberMe, String userAgent) {
        return new Session(id, userId, tokenHash, createdAt, lastSeenAt, absoluteExpiresAt, rememberMe, userAgent,
                createdAt, null, null);
    }

    /** This stored session carrying a token issued at {@code issuedAt} in place of {@code replaced}. */
    public Session rebuiltWithReplacedToken(SessionTokenHash replaced, Instant issuedAt) {
        return new Session(id, userId, tokenHash, createdAt, lastSeenAt, absoluteExpiresAt, rememberMe, userAgent,
                issuedAt, Objects.requireNonNull(replaced, "replaced"), signInMethod);
    }

    /**
     * This session recorded as started by a sign-in with {@code method}, at its start: what a
     * sensitive action asks of an account that has no password to ask again. Sessions stored before
     * the method was recorded have none.
     */
    public Session signedInBy(SignInMethod method) {
        return new Session(id, userId, tokenHash, createdAt, lastSeenAt, absoluteExpiresAt, rememberMe, userAgent,
                tokenIssuedAt, replacedTokenHash, Objects.requireNonNull(method, "method"));
    }

    /** Whether this session was started by a sign-in with {@code method} no earlier than {@code since}. */
    public boolean signedInBySince(SignInMethod method, Instant since) {
        return signInMethod == method && !createdAt.isBefore(since);
    }

    /**
     * Whether a request now should get this session a new token: only remember-me sessions rotate,
     * because theirs is the token that lives for weeks; a plain session's token dies within hours.
     */
    public boolean tokenDueForRotation(Instant now, TokenRotation rotation) {
        return rememberMe && !tokenIssuedAt.plus(rotation.after()).isAfter(now);
    }

    /** The same session under {@code next}; its lifetime does not change. */
    public Session withRotatedToken(SessionTokenHash next, Instant now) {
        if (now.isBefore(tokenIssuedAt)) {
            throw new IllegalArgumentException("a token cannot be replaced before it was issued");
        }
        return new Session(id, userId, next, createdAt, lastSeenAt, absoluteExpiresAt, rememberMe, userAgent,
                now, tokenHash, signInMethod);
    }

    /**
     * Whether the token this session's current one replaced is still honoured at {@code now}: for
     * the requests a browser had already sent when the new token reached it. Afterwards it is a copy
     * in someone else's hands.
     */
    public boolean honoursReplacedTokenAt(Instant now, TokenRotation rotation) {
        return replacedTokenHash != null && now.isBefore(tokenIssuedAt.plus(rotation.grace()));
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
        return new Session(id, userId, tokenHash, createdAt, seen, absoluteExpiresAt, rememberMe, userAgent,
                tokenIssuedAt, replacedTokenHash, signInMethod);
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

    public Instant tokenIssuedAt() {
        return tokenIssuedAt;
    }

    public Optional<SessionTokenHash> replacedTokenHash() {
        return Optional.ofNullable(replacedTokenHash);
    }

    public Optional<SignInMethod> signInMethod() {
        return Optional.ofNullable(signInMethod);
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
