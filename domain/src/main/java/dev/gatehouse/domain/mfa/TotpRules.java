package dev.gatehouse.domain.mfa;

import java.time.Instant;
import java.util.stream.LongStream;

/**
 * The TOTP parameters every common authenticator app uses by default (RFC 6238 with SHA-1, six
 * digits, 30-second steps), and the one step either side accepted for a phone's clock drift and the
 * time a person takes to type.
 */
public final class TotpRules {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    public static final int ACCEPTED_STEPS_EITHER_SIDE = 1;
    public static final String ALGORITHM = "SHA1";

    private TotpRules() {
    }

    /** RFC 6238's T: whole steps since the Unix epoch (T0 = 0). */
    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The steps a code entered at {@code now} may belong to, the current one first. */
    public static LongStream acceptedSteps(Instant now) {
        long current = stepAt(now);
        return LongStream.of(current, current - 1, current + 1);
    }

    /**
     * RFC 4226's dynamic truncation of an HMAC into {@code digits} decimal digits, leading zeros kept.
     * The HMAC itself is the credentials adapter's to compute.
     */
    public static String truncate(byte[] hmac, int digits) {
        int offset = hmac[hmac.length - 1] & 0x0f;
        int binary = ((hmac[offset] & 0x7f) << 24) | ((hmac[offset + 1] & 0xff) << 16)
                | ((hmac[offset + 2] & 0xff) << 8) | (hmac[offset + 3] & 0xff);
        int modulus = 1;
        for (int i = 0; i < digits; i++) {
            modulus *= 10;
        }
        String code = Integer.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }
}
