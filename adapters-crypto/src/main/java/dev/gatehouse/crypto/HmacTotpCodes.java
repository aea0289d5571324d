package dev.gatehouse.crypto;

import dev.gatehouse.application.port.out.TotpCodes;
import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 TOTP as every authenticator app computes it: HMAC-SHA-1 of the time step as eight bytes
 * (big-endian) under the shared secret, then RFC 4226's dynamic truncation to six digits
 * ({@link TotpRules#truncate}). SHA-1 is what the apps use by default; its collision weakness does
 * not touch HMAC.
 */
public final class HmacTotpCodes implements TotpCodes {

    private static final String ALGORITHM = "HmacSHA1";

    @Override
    public String codeAt(TotpSecret secret, long step) {
        return codeAt(secret, step, TotpRules.DIGITS);
    }

    /** With {@code digits} digits: RFC 6238's test vectors have eight. */
    String codeAt(TotpSecret secret, long step, int digits) {
        byte[] key = secret.bytes();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return TotpRules.truncate(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array()), digits);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
