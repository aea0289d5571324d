package dev.gatehouse.domain.passkey;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The id an authenticator chose for a credential (WebAuthn allows 16 to 1023 bytes), by which an
 * assertion names the passkey it was made with. Compared byte for byte.
 */
public final class CredentialId {

    private static final int MAX_LENGTH = 1023;

    private final byte[] bytes;

    private CredentialId(byte[] bytes) {
        this.bytes = bytes;
    }

    public static CredentialId of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0 || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a credential id has 1 to " + MAX_LENGTH + " bytes");
        }
        return new CredentialId(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** As WebAuthn's JSON forms write it: base64url without padding. */
    public String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CredentialId that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CredentialId[" + base64Url() + "]";
    }
}
