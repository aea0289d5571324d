package dev.gatehouse.crypto;

import dev.gatehouse.application.port.out.TotpSecretSeal;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets for storage with AES-256-GCM under a key derived from the TOTP key
 * ({@code mfa.totpKey} or its key file, apart from the code key) as
 * {@code HMAC-SHA256(totp key, len(label) || label)}. The account's id is the associated data, so a
 * sealed secret copied to another account's row opens to nothing. Sealed, a secret is:
 * <pre>
 *   version (1 byte, 1) || nonce (12 random bytes) || AES-GCM ciphertext and 16-byte tag
 * </pre>
 */
public final class AesGcmTotpSecretSeal implements TotpSecretSeal {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte[] KEY_LABEL = "gatehouse totp secret seal key v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param totpKey at least 32 bytes; only a key derived from it is kept */
    public AesGcmTotpSecretSeal(byte[] totpKey) {
        if (totpKey.length < LabelledHmac.MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the TOTP key needs at least " + LabelledHmac.MIN_KEY_BYTES + " bytes");
        }
        byte[] derived = new LabelledHmac(totpKey, KEY_LABEL).start().doFinal();
        this.key = new SecretKeySpec(derived, "AES");
        Arrays.fill(derived, (byte) 0);
        cipher();
    }

    @Override
    public byte[] seal(UserId owner, TotpSecret secret) {
        byte[] plain = secret.bytes();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to seal", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public Optional<TotpSecret> open(UserId owner, byte[] sealed) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            try {
                return Optional.of(TotpSecret.of(plain));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException notOurs) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to open", e);
        }
    }

    private static Cipher cipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " is not available", e);
        }
    }

    @Override
    public String toString() {
        return "AesGcmTotpSecretSeal[key redacted]";
    }
}
