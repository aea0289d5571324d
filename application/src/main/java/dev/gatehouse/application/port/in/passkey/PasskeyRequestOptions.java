package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.domain.passkey.PasskeyChallenge;
import java.time.Duration;
import java.util.Objects;

/**
 * What the browser needs to sign in with a passkey (WebAuthn's PublicKeyCredentialRequestOptions):
 * no credentials are named, so the browser offers whichever discoverable passkeys it holds for the
 * relying party, also in its autofill list; user verification is required.
 */
public record PasskeyRequestOptions(String rpId, PasskeyChallenge challenge, Duration timeout) {

    public PasskeyRequestOptions {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(timeout, "timeout");
    }
}
