package dev.gatehouse.persistence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a code that must be kept until it is mailed, so that what is stored (the outbox) never holds
 * it in plain text: AES-256-GCM under a key derived from the code key (the one adapters-crypto's
 * {@code SecretKeyFile} loads) as {@code HMAC-SHA256(code key, len(label) || label)} with a label of
 * its own, so the key that seals is none that hashes or signs. It lives here, beside the outbox, as
 * the encryption of what that table stores; adapters do not depend on one another. The caller names
 * what the code belongs to (its recipient and kind), and a sealed code opens only for that, so a sealed
 * value copied into another row opens to nothing. Sealed, a code is:
 * <pre>
 *   version (1 byte, 1) || nonce (12 random bytes) || AES-GCM ciphertext and 16-byte tag
 * </pre>
 * with the associated data {@code len(label) || label || len(field) || field ...}, lengths in four
 * bytes (big-endian), all text UTF-8. Codes sealed under another key do not open.
 */
public final class CodeSeal {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;

    /** The most a sealed code of {@value #MAX_CODE_BYTES} bytes can take, for sizing its column. */
    public static final int MAX_SEALED_BYTES = 64;
    static final int MAX_CODE_BYTES = MAX_SEALED_BYTES - 1 - NONCE_BYTES - TAG_BYTES;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /** What NIST SP 800-107 asks of an HMAC-SHA256 key: at least the hash's output size. */
    private static final int MIN_CODE_KEY_BYTES = 32;
    private static final String KEY_DERIVATION = "HmacSHA256";
    private static final byte[] KEY_LABEL = "gatehouse code seal key v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATA_LABEL = "gatehouse code seal v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param codeKey at least 32 bytes; only a key derived from it is kept, so the caller may wipe it afterwards */
    public CodeSeal(byte[] codeKey) {
        byte[] derived = derivedKey(codeKey);
        this.key = new SecretKeySpec(derived, "AES");
        Arrays.fill(derived, (byte) 0);
        cipher(); // fails now, not at the first code, if the platform lacks AES-GCM
    }

    /** @param context what the code belongs to, in an order the opener repeats */
    public byte[] seal(String code, String... context) {
        byte[] plain = code.getBytes(StandardCharsets.UTF_8);
        if (plain.length > MAX_CODE_BYTES) {
            throw new IllegalArgumentException("a code to seal has at most " + MAX_CODE_BYTES + " bytes");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associatedData(context));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to seal", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * @return the code, or empty when {@code sealed} was not sealed by this key for this context (or
     *         was altered since)
     */
    public Optional<String> open(byte[] sealed, String... context) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] != VERSION) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(context));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException notOurs) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to open", e);
        }
    }

    private static byte[] derivedKey(byte[] codeKey) {
        Objects.requireNonNull(codeKey, "codeKey");
        if (codeKey.length < MIN_CODE_KEY_BYTES) {
            throw new IllegalArgumentException("the code key needs at least " + MIN_CODE_KEY_BYTES + " bytes");
        }
        try {
            Mac mac = Mac.getInstance(KEY_DERIVATION);
            mac.init(new SecretKeySpec(codeKey, KEY_DERIVATION));
            return mac.doFinal(frame(KEY_LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KEY_DERIVATION + " is not available", e);
        }
    }

    private static byte[] associatedData(String... context) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(frame(DATA_LABEL));
        for (String field : context) {
            data.writeBytes(frame(field.getBytes(StandardCharsets.UTF_8)));
        }
        return data.toByteArray();
    }

    /** A field preceded by its length in four bytes (big-endian), so no two inputs run together. */
    private static byte[] frame(byte[] field) {
        return ByteBuffer.allocate(Integer.BYTES + field.length).putInt(field.length).put(field).array();
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
        return "CodeSeal[key redacted]";
    }
}
