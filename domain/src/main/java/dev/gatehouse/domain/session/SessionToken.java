package dev.gatehouse.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bearer secret of a session, as held by the browser cookie or an integration. Only its
 * SHA-256 is ever stored. A plain hash suffices (no salt, no slow hash) because the token carries
 * at least 128 bits from a CSPRNG: there is nothing to guess from a dictionary.
 */
public final class SessionToken {

    public static final int MIN_RANDOM_BYTES = 16;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    private static final byte[] CSRF_LABEL = "gatehouse-csrf-v1:".getBytes(StandardCharsets.US_ASCII);

    private final String value;

    private SessionToken(String value) {
        this.value = value;
    }

    public static SessionToken fromRandomBytes(byte[] random) {
        if (random.length < MIN_RANDOM_BYTES) {
            throw new IllegalArgumentException("a session token needs at least 128 random bits");
        }
        return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Reads a token presented by a client; anything not shaped like one of ours is empty. */
    public static Optional<SessionToken> parse(String presented) {
        if (presented == null || !BASE64URL.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SessionToken(presented));
    }

    public String value() {
        return value;
    }

    public SessionTokenHash hash() {
        return new SessionTokenHash(HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.US_ASCII))));
    }

    /**
     * The CSRF token of this session: derived one-way from the session token under its own label,
     * so it needs no storage, differs from the stored hash, and cannot be computed by anyone who
     * cannot read the (HttpOnly) cookie.
     */
    public String csrfToken() {
        byte[] token = value.getBytes(StandardCharsets.US_ASCII);
        byte[] labelled = new byte[CSRF_LABEL.length + token.length];
        System.arraycopy(CSRF_LABEL, 0, labelled, 0, CSRF_LABEL.length);
        System.arraycopy(token, 0, labelled, CSRF_LABEL.length, token.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(labelled));
    }

    /** Constant-time comparison, so response timing reveals nothing about a guessed CSRF token. */
    public boolean matchesCsrfToken(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                csrfToken().getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionToken that
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                        that.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
