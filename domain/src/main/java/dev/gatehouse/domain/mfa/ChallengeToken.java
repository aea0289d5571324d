package dev.gatehouse.domain.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a client holds between a right first factor and its second: 256 random bits, of which only
 * the SHA-256 is stored, as for session tokens. Redacted in {@code toString}.
 */
public final class ChallengeToken {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    private final String value;

    private ChallengeToken(String value) {
        this.value = value;
    }

    public static ChallengeToken fromRandomBytes(byte[] random) {
        if (random.length < 16) {
            throw new IllegalArgumentException("a challenge token needs at least 128 random bits");
        }
        return new ChallengeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** A token as presented; anything not shaped like one of ours is empty. */
    public static Optional<ChallengeToken> parse(String presented) {
        if (presented == null || !BASE64URL.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChallengeToken(presented));
    }

    public String value() {
        return value;
    }

    /** Lower-case hex SHA-256, what storage keeps. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ChallengeToken[redacted]";
    }
}
