package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in whose first factor was right and whose second is awaited: who, how they signed in,
 * whether they asked to stay signed in, and until when a second factor is taken. It allows
 * {@link #MAX_ATTEMPTS} attempts, each counted before it is judged.
 */
public record SecondFactorChallenge(String tokenHash, UserId userId, SignInMethod firstFactor, boolean rememberMe,
                                    Instant createdAt, Instant expiresAt) {

    public static final int MAX_ATTEMPTS = 5;

    public SecondFactorChallenge {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(firstFactor, "firstFactor");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a challenge ends after it starts");
        }
    }

    public static SecondFactorChallenge issue(ChallengeToken token, UserId userId, SignInMethod firstFactor,
                                              boolean rememberMe, Instant now, Duration lifetime) {
        return new SecondFactorChallenge(token.hash(), userId, firstFactor, rememberMe, now, now.plus(lifetime));
    }
}
