package dev.gatehouse.application.service.mfa;

import dev.gatehouse.domain.mfa.RecentAuthentication;
import dev.gatehouse.domain.user.Role;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * {@code issuer}: the name an authenticator app shows beside the account; {@code challengeLifetime}:
 * how long a right first factor waits for its second; {@code requiredForRoles}: roles whose members
 * must enrol a second factor before anything else.
 */
public record MfaSettings(String issuer, Duration challengeLifetime, RecentAuthentication recentAuthentication,
                          Set<Role> requiredForRoles) {

    public static final int RECOVERY_CODES = 10;

    public MfaSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(challengeLifetime, "challengeLifetime");
        Objects.requireNonNull(recentAuthentication, "recentAuthentication");
        requiredForRoles = Set.copyOf(requiredForRoles);
        if (challengeLifetime.isNegative() || challengeLifetime.isZero()) {
            throw new IllegalArgumentException("a challenge lives a positive time");
        }
    }
}
