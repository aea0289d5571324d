package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.out.MfaSecrets;
import dev.gatehouse.application.port.out.RecoveryCodes;
import dev.gatehouse.application.port.out.TotpCodes;
import dev.gatehouse.application.port.out.TotpCredentials;
import dev.gatehouse.application.port.out.TotpCredentials.StoredTotp;
import dev.gatehouse.application.port.out.TotpSecretSeal;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Judges a second factor and, when it is right, uses it up in the same conditional statement that
 * decides: a TOTP's time step is accepted once per account, a recovery code is deleted. Of any
 * number of requests presenting the same code at once, one is accepted.
 */
public final class SecondFactorVerifier {

    public enum Verdict {
        ACCEPTED, WRONG, REPLAYED;

        public Optional<AuditReason> refusal() {
            return switch (this) {
                case ACCEPTED -> Optional.empty();
                case WRONG -> Optional.of(AuditReason.WRONG_CODE);
                case REPLAYED -> Optional.of(AuditReason.REPLAYED);
            };
        }
    }

    private final TotpCredentials credentials;
    private final TotpSecretSeal seal;
    private final TotpCodes codes;
    private final RecoveryCodes recoveryCodes;
    private final MfaSecrets secrets;

    public SecondFactorVerifier(TotpCredentials credentials, TotpSecretSeal seal, TotpCodes codes,
                                RecoveryCodes recoveryCodes, MfaSecrets secrets) {
        this.credentials = credentials;
        this.seal = seal;
        this.codes = codes;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
    }

    public static AttemptMethod methodOf(SecondFactorEntry entry) {
        return entry instanceof SecondFactorEntry.Totp ? AttemptMethod.TOTP : AttemptMethod.RECOVERY_CODE;
    }

    public Verdict verify(UserId user, SecondFactorEntry entry, Instant now) {
        if (entry instanceof SecondFactorEntry.Totp totp) {
            return verifyTotp(user, totp.code(), now);
        }
        SecondFactorEntry.Recovery recovery = (SecondFactorEntry.Recovery) entry;
        return recoveryCodes.use(user, secrets.hash(user, recovery.code())) ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    /** A code of the account's confirmed app, accepted once. */
    public Verdict verifyTotp(UserId user, OneTimeCode code, Instant now) {
        Optional<StoredTotp> stored = credentials.find(user).filter(StoredTotp::confirmed);
        if (stored.isEmpty()) {
            return Verdict.WRONG;
        }
        OptionalLong step = matchingStep(user, stored.get(), code, now);
        if (step.isEmpty()) {
            return Verdict.WRONG;
        }
        return credentials.acceptStep(user, step.getAsLong()) ? Verdict.ACCEPTED : Verdict.REPLAYED;
    }

    /** The time step within the accepted window whose code {@code code} is, if any. */
    OptionalLong matchingStep(UserId user, StoredTotp stored, OneTimeCode code, Instant now) {
        TotpSecret secret = seal.open(user, stored.sealedSecret())
                .orElseThrow(() -> new IllegalStateException("a TOTP secret does not open under the configured key"));
        // Every step is computed, whichever matches, so the time taken tells nothing.
        long[] steps = TotpRules.acceptedSteps(now).toArray();
        OptionalLong found = OptionalLong.empty();
        for (long step : steps) {
            if (code.matches(codes.codeAt(secret, step)) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
