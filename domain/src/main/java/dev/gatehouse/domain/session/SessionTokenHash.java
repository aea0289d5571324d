package dev.gatehouse.domain.session;

import java.util.regex.Pattern;

/** Lower-case hex SHA-256 of a session token: what storage keeps instead of the token. */
public record SessionTokenHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public SessionTokenHash {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }
}
