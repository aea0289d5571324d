package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;

/** Encrypts a TOTP secret for storage under a key of its own, bound to its account. */
public interface TotpSecretSeal {

    byte[] seal(UserId owner, TotpSecret secret);

    /** @return the secret, or empty when {@code sealed} was not sealed by this key for {@code owner} */
    Optional<TotpSecret> open(UserId owner, byte[] sealed);
}
