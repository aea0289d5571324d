package dev.gatehouse.domain.mfa;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A single-use code that stands in for the authenticator app when it is lost: ten characters of
 * RFC 4648 base32 (50 random bits), shown as {@code xxxxx-xxxxx}. Entry forgives case, spaces and
 * the dash. Redacted in {@code toString}; stored only as a keyed hash.
 */
public final class RecoveryCode {

    public static final int CHARACTERS = 10;
    private static final Pattern SHAPE = Pattern.compile("[a-z2-7]{" + CHARACTERS + "}");

    private final String value;

    private RecoveryCode(String value) {
        this.value = value;
    }

    /** From {@value #CHARACTERS} characters of the base32 alphabet (as a random source yields them). */
    public static RecoveryCode of(String characters) {
        return parseEntered(characters).orElseThrow(() -> new IllegalArgumentException("not a recovery code"));
    }

    public static Optional<RecoveryCode> parseEntered(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String clean = typed.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        return SHAPE.matcher(clean).matches() ? Optional.of(new RecoveryCode(clean)) : Optional.empty();
    }

    /** The canonical form that is hashed. */
    public String value() {
        return value;
    }

    /** As shown to its owner. */
    public String shown() {
        return value.substring(0, CHARACTERS / 2) + "-" + value.substring(CHARACTERS / 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryCode that && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), that.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "RecoveryCode[redacted]";
    }
}
