package dev.gatehouse.application.service.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.MfaSecrets;
import dev.gatehouse.application.port.out.RecoveryCodes;
import dev.gatehouse.application.port.out.TotpCodes;
import dev.gatehouse.application.port.out.TotpCredentials;
import dev.gatehouse.application.port.out.TotpSecretSeal;
import dev.gatehouse.application.service.mfa.SecondFactorVerifier.Verdict;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The verdicts on a second factor, with stores that decide as the SQL ones do (conditionally). */
class SecondFactorVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-04T09:15:40Z");
    private static final TotpSecret SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private final UserId owner = new UserId(UUID.randomUUID());
    private final Map<UserId, TotpCredentials.StoredTotp> apps = new HashMap<>();
    private final Set<String> recovery = new HashSet<>();

    private final TotpCredentials credentials = new TotpCredentials() {
        @Override
        public boolean replacePending(UserId user, byte[] sealedSecret, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredTotp> find(UserId user) {
            return Optional.ofNullable(apps.get(user));
        }

        @Override
        public boolean confirm(UserId user, byte[] checkedSecret, long step, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean acceptStep(UserId user, long step) {
            StoredTotp stored = apps.get(user);
            if (stored == null || !stored.confirmed() || stored.lastStep() >= step) {
                return false;
            }
            apps.put(user, new StoredTotp(stored.sealedSecret(), true, step));
            return true;
        }

        @Override
        public boolean removeConfirmed(UserId user) {
            return apps.remove(user) != null;
        }
    };
    private final TotpSecretSeal seal = new TotpSecretSeal() {
        @Override
        public byte[] seal(UserId user, TotpSecret secret) {
            return secret.bytes();
        }

        @Override
        public Optional<TotpSecret> open(UserId user, byte[] sealed) {
            return Optional.of(TotpSecret.of(sealed));
        }
    };
    /** Not HMAC (the credentials adapter's, tested against the RFC there): distinct codes per step. */
    private final TotpCodes codes = (secret, step) -> String.format("%06d", Math.floorMod(step * 7919L + 13, 1_000_000));
    private final MfaSecrets secrets = new MfaSecrets() {
        @Override
        public TotpSecret newTotpSecret() {
            return SECRET;
        }

        @Override
        public RecoveryCode newRecoveryCode() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChallengeToken newChallengeToken() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RecoveryCodeHash hash(UserId user, RecoveryCode code) {
            try {
                return new RecoveryCodeHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest((user + ":" + code.value()).getBytes(StandardCharsets.US_ASCII))));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    };
    private final RecoveryCodes recoveryCodes = new RecoveryCodes() {
        @Override
        public void replace(UserId user, List<RecoveryCodeHash> hashes) {
            hashes.forEach(hash -> recovery.add(hash.hex()));
        }

        @Override
        public boolean use(UserId user, RecoveryCodeHash code) {
            return recovery.remove(code.hex());
        }

        @Override
        public int remaining(UserId user) {
            return recovery.size();
        }

        @Override
        public void removeAll(UserId user) {
            recovery.clear();
        }
    };
    private final SecondFactorVerifier verifier = new SecondFactorVerifier(credentials, seal, codes, recoveryCodes, secrets);

    private void confirmedApp(long lastStep) {
        apps.put(owner, new TotpCredentials.StoredTotp(SECRET.bytes(), true, lastStep));
    }

    private SecondFactorEntry totpOf(long step) {
        return new SecondFactorEntry.Totp(new OneTimeCode(codes.codeAt(SECRET, step)));
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideAndNothingFurther() {
        long step = TotpRules.stepAt(NOW);
        confirmedApp(step - 5);

        assertThat(verifier.verify(owner, totpOf(step - 2), NOW)).isEqualTo(Verdict.WRONG);
        assertThat(verifier.verify(owner, totpOf(step + 2), NOW)).isEqualTo(Verdict.WRONG);
        assertThat(verifier.verify(owner, totpOf(step - 1), NOW)).isEqualTo(Verdict.ACCEPTED);
        assertThat(verifier.verify(owner, totpOf(step), NOW)).isEqualTo(Verdict.ACCEPTED);
        assertThat(verifier.verify(owner, totpOf(step + 1), NOW)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aStepsCodeIsAcceptedOnceAndAnEarlierStepsNeverAfterALaterOne() {
        long step = TotpRules.stepAt(NOW);
        confirmedApp(step - 5);

        assertThat(verifier.verify(owner, totpOf(step), NOW)).isEqualTo(Verdict.ACCEPTED);
        assertThat(verifier.verify(owner, totpOf(step), NOW)).isEqualTo(Verdict.REPLAYED);
        assertThat(verifier.verify(owner, totpOf(step - 1), NOW)).isEqualTo(Verdict.REPLAYED);
    }

    @Test
    void aPendingAppSignsNobodyIn() {
        long step = TotpRules.stepAt(NOW);
        apps.put(owner, new TotpCredentials.StoredTotp(SECRET.bytes(), false, -1));

        assertThat(verifier.verify(owner, totpOf(step), NOW)).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aRecoveryCodeWorksOnceAndOnlyForItsAccount() {
        RecoveryCode code = RecoveryCode.of("k3m7q2xw4p");
        recoveryCodes.replace(owner, List.of(secrets.hash(owner, code)));

        assertThat(verifier.verify(new UserId(UUID.randomUUID()), new SecondFactorEntry.Recovery(code), NOW))
                .isEqualTo(Verdict.WRONG);
        assertThat(verifier.verify(owner, new SecondFactorEntry.Recovery(code), NOW)).isEqualTo(Verdict.ACCEPTED);
        assertThat(verifier.verify(owner, new SecondFactorEntry.Recovery(code), NOW)).isEqualTo(Verdict.WRONG);
    }
}
