package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.SecondFactorMethod;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Not a failure: the first factor was right, and the account asks for a second before a session
 * starts. {@code challenge} is what the client presents with it, until {@code expiresAt}.
 */
public final class SecondFactorRequiredException extends RuntimeException {

    private final transient ChallengeToken challenge;
    private final List<SecondFactorMethod> methods;
    private final Instant expiresAt;

    public SecondFactorRequiredException(ChallengeToken challenge, List<SecondFactorMethod> methods, Instant expiresAt) {
        super("A second factor is required", null, false, false);
        this.challenge = Objects.requireNonNull(challenge, "challenge");
        this.methods = List.copyOf(methods);
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public ChallengeToken challenge() {
        return challenge;
    }

    public List<SecondFactorMethod> methods() {
        return methods;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
