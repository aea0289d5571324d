package dev.gatehouse.domain.mfa;

import java.util.regex.Pattern;

/** Lower-case hex HMAC-SHA256 of a recovery code, bound to its account: what storage keeps. */
public record RecoveryCodeHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RecoveryCodeHash {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }
}
