package dev.gatehouse.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app for tests: the codes (RFC 6238: HMAC-SHA-1, six digits, 30-second steps) of
 * a secret as Gatehouse hands it out in base32 ({@code POST /api/users/me/totp}).
 * <pre>
 * String code = Totp.codeAt(secret, Instant.now());
 * </pre>
 * Gatehouse accepts a code once per account and the steps either side of the current one, so a test
 * that needs two codes within 30 seconds takes the next step's: {@code Totp.codeAtStep(secret, Totp.stepAt(now) + 1)}.
 */
public final class Totp {

    public static final long STEP_SECONDS = 30;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    public static String codeAt(String base32Secret, Instant time) {
        return codeAtStep(base32Secret, stepAt(time));
    }

    public static String codeAtStep(String base32Secret, long step) {
        byte[] key = decode(base32Secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hmac = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hmac[hmac.length - 1] & 0x0f;
            int binary = ((hmac[offset] & 0x7f) << 24) | ((hmac[offset + 1] & 0xff) << 16)
                    | ((hmac[offset + 2] & 0xff) << 8) | (hmac[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    static byte[] decode(String base32) {
        String clean = base32.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + base32);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
