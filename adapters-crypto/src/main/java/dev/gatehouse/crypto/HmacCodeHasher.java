package dev.gatehouse.crypto;

import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;

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

    private static final byte[] LABEL = "gatehouse one-time code v1".getBytes(StandardCharsets.UTF_8);

    private final LabelledHmac hmac;

    /** @param key at least 32 bytes; copied, so the caller may wipe its array afterwards */
    public HmacCodeHasher(byte[] key) {
        this.hmac = new LabelledHmac(key, LABEL);
    }

    @Override
    public CodeHash hash(UserId user, CodePurpose purpose, OneTimeCode code) {
        Mac mac = hmac.start();
        LabelledHmac.field(mac, user.toString().getBytes(StandardCharsets.UTF_8));
        LabelledHmac.field(mac, purpose.id().getBytes(StandardCharsets.UTF_8));
        LabelledHmac.field(mac, code.digits().getBytes(StandardCharsets.UTF_8));
        return new CodeHash(HexFormat.of().formatHex(mac.doFinal()));
    }

    @Override
    public String toString() {
        return "HmacCodeHasher[key redacted]";
    }
}
