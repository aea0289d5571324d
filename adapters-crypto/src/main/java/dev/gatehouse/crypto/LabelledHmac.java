package dev.gatehouse.crypto;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key for one purpose: every MAC starts with the purpose's label, and each
 * field is preceded by its length in four bytes (big-endian), so that no two different inputs run
 * together into the same bytes and no MAC made for one purpose is valid for another.
 */
final class LabelledHmac {

    /** What NIST SP 800-107 asks of an HMAC-SHA256 key: at least the hash's output size. */
    static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final byte[] label;

    /** @param key at least {@value #MIN_KEY_BYTES} bytes; copied, so the caller may wipe its array afterwards */
    LabelledHmac(byte[] key, byte[] label) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.label = label.clone();
        start(); // fails now, not at the first use, if the platform lacks the algorithm
    }

    /** A MAC with the label already in it; a Mac is not thread-safe, and one is cheap to make. */
    Mac start() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            field(mac, label);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    static void field(Mac mac, byte[] field) {
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(field.length).array());
        mac.update(field);
    }
}
