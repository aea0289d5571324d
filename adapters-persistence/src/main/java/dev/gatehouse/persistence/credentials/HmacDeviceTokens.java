package dev.gatehouse.persistence.credentials;

import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "gatehouse device token v1".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int TOKEN_BYTES = Long.BYTES + NONCE_BYTES + MAC_BYTES;

    private final SecretKeySpec key;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    /** @param key at least {@value HmacCodeHasher#MIN_KEY_BYTES} bytes; copied */
    public HmacDeviceTokens(byte[] key, Duration validity) {
        Objects.requireNonNull(key, "key");
        if (key.length < HmacCodeHasher.MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the device token key needs at least " + HmacCodeHasher.MIN_KEY_BYTES + " bytes");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("device tokens need a positive validity");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.validity = validity;
        newMac();
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
        Mac mac = newMac();
        update(mac, LABEL);
        update(mac, account.value().getBytes(StandardCharsets.UTF_8));
        mac.update(ByteBuffer.allocate(Long.BYTES).putLong(issuedAt).array());
        mac.update(nonce);
        return mac.doFinal();
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
}
