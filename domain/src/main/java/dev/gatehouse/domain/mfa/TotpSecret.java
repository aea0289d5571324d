package dev.gatehouse.domain.mfa;

import java.util.Arrays;
import java.util.Objects;

/**
 * The shared key of an authenticator app (RFC 6238): 160 random bits, the size RFC 4226 recommends
 * for HMAC-SHA-1. Redacted in {@code toString}; stored only sealed.
 */
public final class TotpSecret {

    public static final int BYTES = 20;

    private final byte[] key;

    private TotpSecret(byte[] key) {
        this.key = key.clone();
    }

    /** @throws IllegalArgumentException for fewer than 128 bits, which RFC 4226 forbids */
    public static TotpSecret of(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("a TOTP secret has at least 128 bits");
        }
        return new TotpSecret(key);
    }

    public byte[] bytes() {
        return key.clone();
    }

    /** As an authenticator app is given it. */
    public String base32() {
        return Base32.encode(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "TotpSecret[redacted]";
    }
}
