package dev.gatehouse.domain.code;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A code issued to a user for a purpose: a correct entry consumes it, and it dies at its expiry, at
 * the fifth wrong entry made while it was live, or when enough newer codes push it out.
 */
public final class IssuedCode {

    private final UserId userId;
    private final CodePurpose purpose;
    private final CodeHash hash;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final int failedAttempts;

    private IssuedCode(UserId userId, CodePurpose purpose, CodeHash hash, Instant issuedAt, Instant expiresAt,
                       int failedAttempts) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a code expires after it is issued");
        }
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts cannot be negative");
        }
        this.failedAttempts = failedAttempts;
    }

    public static IssuedCode issue(UserId userId, CodePurpose purpose, CodeHash hash, Instant now, CodeRules rules) {
        return new IssuedCode(userId, purpose, hash, now, now.plus(rules.validity()), 0);
    }

    public static IssuedCode rebuild(UserId userId, CodePurpose purpose, CodeHash hash, Instant issuedAt,
                                     Instant expiresAt, int failedAttempts) {
        return new IssuedCode(userId, purpose, hash, issuedAt, expiresAt, failedAttempts);
    }

    /** Whether one more entry may be checked against this code at {@code now}. */
    public boolean acceptsAttemptAt(Instant now) {
        return now.isBefore(expiresAt) && failedAttempts < CodeRules.MAX_ATTEMPTS_PER_CODE;
    }

    public UserId userId() {
        return userId;
    }

    public CodePurpose purpose() {
        return purpose;
    }

    public CodeHash hash() {
        return hash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    @Override
    public String toString() {
        return "IssuedCode[" + userId + ", " + purpose.id() + "]";
    }
}
