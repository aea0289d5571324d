package dev.gatehouse.testing;

import java.util.List;

/** An account's authenticator app as a test set it up: its secret (base32, for {@link Totp}) and the recovery codes. */
public record TotpSeed(String secret, List<String> recoveryCodes) {

    public TotpSeed {
        recoveryCodes = List.copyOf(recoveryCodes);
    }
}
