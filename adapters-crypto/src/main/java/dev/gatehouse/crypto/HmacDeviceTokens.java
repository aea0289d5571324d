package dev.gatehouse.crypto;

import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;

/**
 * Device tokens that need no storage: a token is its issue time, a random nonce and an HMAC-SHA256
 * over the address it was issued for, under the key that also keys the one-time codes (a label of
 * its own keeps the two uses apart). The address is not in the token; a token is recognised only
 * for the address it was issued for, until {@code validity} after its issue. None can be revoked
 * one by one (replacing the key revokes them all), which is acceptable for what they grant: their
 * own guessing count, never a sign-in.
 * <pre>
 *   token = base64url( issuedAt (8 bytes, epoch seconds) || nonce (16 bytes) || mac (32 bytes) )
 *   mac   = HMAC(key, len(label) || label || len(address) || address || issuedAt || nonce)
 * </pre>
 */
public final class HmacDeviceTokens implements DeviceTokens {

    private static final byte[] LABEL = "gatehouse device token v1".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int TOKEN_BYTES = Long.BYTES + NONCE_BYTES + MAC_BYTES;

    private final LabelledHmac hmac;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    /** @param key at least 32 bytes; copied */
    public HmacDeviceTokens(byte[] key, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("device tokens need a positive validity");
        }
        this.hmac = new LabelledHmac(key, LABEL);
        this.validity = validity;
    }

    @Override
    public IssuedDeviceToken issue(EmailAddress account, Instant now) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        long issuedAt = now.getEpochSecond();
        ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES).putLong(issuedAt).put(nonce).put(mac(account, issuedAt, nonce));
        DeviceToken issued = DeviceToken.of(Base64.getUrlEncoder().withoutPadding().encodeToString(token.array()));
        return new IssuedDeviceToken(issued, Instant.ofEpochSecond(issuedAt).plus(validity));
    }

    @Override
    public boolean recognises(DeviceToken token, EmailAddress account, Instant now) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.value());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        if (bytes.length != TOKEN_BYTES) {
            return false;
        }
        ByteBuffer read = ByteBuffer.wrap(bytes);
        long issuedAt = read.getLong();
        byte[] nonce = new byte[NONCE_BYTES];
        read.get(nonce);
        byte[] presentedMac = Arrays.copyOfRange(bytes, Long.BYTES + NONCE_BYTES, TOKEN_BYTES);
        if (!MessageDigest.isEqual(presentedMac, mac(account, issuedAt, nonce))) {
            return false; // before reading the time: a forged one may lie outside what an Instant holds
        }
        Instant issued = Instant.ofEpochSecond(issuedAt);
        return !issued.isAfter(now) && now.isBefore(issued.plus(validity));
    }

    private byte[] mac(EmailAddress account, long issuedAt, byte[] nonce) {
        Mac mac = hmac.start();
        LabelledHmac.field(mac, account.value().getBytes(StandardCharsets.UTF_8));
        mac.update(ByteBuffer.allocate(Long.BYTES).putLong(issuedAt).array());
        mac.update(nonce);
        return mac.doFinal();
    }
}
