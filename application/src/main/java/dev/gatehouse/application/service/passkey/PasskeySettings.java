package dev.gatehouse.application.service.passkey;

import java.time.Duration;
import java.util.Objects;

/**
 * The relying party passkeys are made for: its id (a domain, from configuration only) and the name
 * authenticators show, and how long a challenge may be answered.
 */
public record PasskeySettings(String rpId, String rpName, Duration challengeLifetime) {

    public PasskeySettings {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(rpName, "rpName");
        Objects.requireNonNull(challengeLifetime, "challengeLifetime");
        if (challengeLifetime.isNegative() || challengeLifetime.isZero()) {
            throw new IllegalArgumentException("a challenge lives a positive time");
        }
    }
}
