package dev.gatehouse.persistence.credentials;

import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a one-time code under a secret key that lives outside the database (see
 * {@link SecretKeyFile}): a million possible codes are no secret from anyone holding an unkeyed hash.
 * The message binds the code to its user and purpose, each field preceded by its length in four
 * bytes (big-endian) so that no two different inputs run together into the same bytes, behind a
 * fixed label that keeps these MACs apart from any other use of the key:
 * <pre>
 *   len("gatehouse one-time code v1") || "gatehouse one-time code v1"
 *   || len(user id) || user id (UUID, lower case) || len(purpose id) || purpose id || len(digits) || digits
 * </pre>
 * All text is UTF-8; the result is lower-case hex. Changing any of this makes the codes in flight
 * unverifiable, which costs no more than asking for a new code.
 */
public final class HmacCodeHasher implements CodeHasher {

    /** What NIST SP 800-107 asks of an HMAC-SHA256 key: at least the hash's output size. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "gatehouse one-time code v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    /** @param key at least {@value #MIN_KEY_BYTES} bytes; copied, so the caller may wipe its array afterwards */
    public HmacCodeHasher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the code key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        newMac(); // fails now, not at the first code, if the platform lacks the algorithm
    }

    @Override
    public CodeHash hash(UserId user, CodePurpose purpose, OneTimeCode code) {
        Mac mac = newMac(); // a Mac is not thread-safe, and one is cheap to make
        update(mac, LABEL);
        update(mac, user.toString().getBytes(StandardCharsets.UTF_8));
        update(mac, purpose.id().getBytes(StandardCharsets.UTF_8));
        update(mac, code.digits().getBytes(StandardCharsets.UTF_8));
        return new CodeHash(HexFormat.of().formatHex(mac.doFinal()));
    }

    private static void update(Mac mac, byte[] field) {
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(field.length).array());
        mac.update(field);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    @Override
    public String toString() {
        return "HmacCodeHasher[key redacted]";
    }
}
