package dev.gatehouse.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/** Lower-case hex SHA-256 of a {@link RegistrationToken}: what storage keeps instead of the token. */
public record RegistrationTokenHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RegistrationTokenHash {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }

    /** Constant-time, so the answer's timing tells nothing about how much of a guess was right. */
    public boolean sameAs(RegistrationTokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
