package dev.gatehouse.crypto;

import dev.gatehouse.application.port.out.MfaSecrets;
import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The second factors' secrets from {@link SecureRandom}, and the recovery codes' HMAC-SHA256 under
 * the code key with a label of its own, bound to the account:
 * {@code len(label) || label || len(user id) || user id || len(code) || code}.
 */
public final class SecureRandomMfaSecrets implements MfaSecrets {

    private static final String BASE32_LOWER = "abcdefghijklmnopqrstuvwxyz234567";
    private static final byte[] LABEL = "gatehouse recovery code v1".getBytes(StandardCharsets.UTF_8);
    private static final int CHALLENGE_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final LabelledHmac hmac;

    /** @param codeKey at least 32 bytes; copied */
    public SecureRandomMfaSecrets(byte[] codeKey) {
        this.hmac = new LabelledHmac(codeKey, LABEL);
    }

    @Override
    public TotpSecret newTotpSecret() {
        byte[] key = new byte[TotpSecret.BYTES];
        random.nextBytes(key);
        try {
            return TotpSecret.of(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public RecoveryCode newRecoveryCode() {
        StringBuilder code = new StringBuilder(RecoveryCode.CHARACTERS);
        for (int i = 0; i < RecoveryCode.CHARACTERS; i++) {
            code.append(BASE32_LOWER.charAt(random.nextInt(BASE32_LOWER.length())));
        }
        return RecoveryCode.of(code.toString());
    }

    @Override
    public ChallengeToken newChallengeToken() {
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        try {
            return ChallengeToken.fromRandomBytes(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public RecoveryCodeHash hash(UserId owner, RecoveryCode code) {
        Mac mac = hmac.start();
        LabelledHmac.field(mac, owner.toString().getBytes(StandardCharsets.UTF_8));
        LabelledHmac.field(mac, code.value().getBytes(StandardCharsets.US_ASCII));
        return new RecoveryCodeHash(HexFormat.of().formatHex(mac.doFinal()));
    }

    @Override
    public String toString() {
        return "SecureRandomMfaSecrets[key redacted]";
    }
}
