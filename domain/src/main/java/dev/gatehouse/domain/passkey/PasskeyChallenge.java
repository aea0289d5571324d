package dev.gatehouse.domain.passkey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The random challenge a WebAuthn ceremony signs: handed to the browser, remembered by the server
 * only as its SHA-256 ({@link #hash()}) until it is answered once or expires. 16 to 64 bytes.
 */
public final class PasskeyChallenge {

    private static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 64;

    private final byte[] bytes;

    private PasskeyChallenge(byte[] bytes) {
        this.bytes = bytes;
    }

    public static PasskeyChallenge of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a challenge has " + MIN_LENGTH + " to " + MAX_LENGTH + " bytes");
        }
        return new PasskeyChallenge(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the challenge: what storage keeps. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasskeyChallenge that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PasskeyChallenge[" + hash().substring(0, 8) + "...]";
    }
}
