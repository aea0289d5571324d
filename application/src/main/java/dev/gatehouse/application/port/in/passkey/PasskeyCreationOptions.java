package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the browser needs to create a passkey for the signed-in account (WebAuthn's
 * PublicKeyCredentialCreationOptions, minus what is the same every time): the relying party, the
 * account's user handle and names, the challenge to sign, the key algorithms accepted, and the
 * passkeys it has already, which an authenticator holding one of them must not register again. A discoverable credential with
 * user verification is always asked for.
 */
public record PasskeyCreationOptions(String rpId, String rpName, PasskeyChallenge challenge, byte[] userHandle,
                                     String userName, String userDisplayName, List<Long> algorithms,
                                     List<CredentialId> excluded, Duration timeout) {

    public PasskeyCreationOptions {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(rpName, "rpName");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(userDisplayName, "userDisplayName");
        Objects.requireNonNull(timeout, "timeout");
        userHandle = userHandle.clone();
        algorithms = List.copyOf(algorithms);
        excluded = List.copyOf(excluded);
    }

    @Override
    public byte[] userHandle() {
        return userHandle.clone();
    }
}
