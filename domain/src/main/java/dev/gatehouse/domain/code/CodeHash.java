package dev.gatehouse.domain.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * The stored form of a one-time code: a keyed hash (the key is not in the database), because six
 * digits are too few for an unkeyed hash to hide anything from someone holding a copy of the table.
 */
public record CodeHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public CodeHash {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a 256-bit hex digest");
        }
    }

    public boolean matches(CodeHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "CodeHash[redacted]";
    }
}
