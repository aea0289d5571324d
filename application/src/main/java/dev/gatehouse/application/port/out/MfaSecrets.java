package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;

/** The second factors' secrets from a cryptographically secure random source, and the recovery codes' keyed hash. */
public interface MfaSecrets {

    TotpSecret newTotpSecret();

    RecoveryCode newRecoveryCode();

    ChallengeToken newChallengeToken();

    /** Keyed, and bound to the account, so a stored hash fits no other row. */
    RecoveryCodeHash hash(UserId owner, RecoveryCode code);
}
