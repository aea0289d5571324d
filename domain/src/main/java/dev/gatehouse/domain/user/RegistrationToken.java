package dev.gatehouse.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque secret that binds a password chosen at registration to the registrant: whoever proves
 * the address while presenting it keeps that password. Handed out once, in the registration's
 * answer; storage keeps only its SHA-256 ({@link RegistrationTokenHash}), enough for 128 random bits.
 */
public final class RegistrationToken {

    private static final int MIN_RANDOM_BYTES = 16;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    private final String value;

    private RegistrationToken(String value) {
        this.value = value;
    }

    public static RegistrationToken fromRandomBytes(byte[] random) {
        if (random.length < MIN_RANDOM_BYTES) {
            throw new IllegalArgumentException("a registration token needs at least 128 random bits");
        }
        return new RegistrationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Reads a token presented by a client; anything not shaped like one of ours is empty. */
    public static Optional<RegistrationToken> parse(String presented) {
        if (presented == null || !BASE64URL.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationToken(presented));
    }

    public String value() {
        return value;
    }

    public RegistrationTokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new RegistrationTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RegistrationToken[redacted]";
    }
}
