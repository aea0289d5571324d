package dev.gatehouse.domain.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * A six-digit code sent by e-mail to prove control of an address (sign-in or password reset).
 * Leading zeros are part of it. Redacted in {@code toString} so it cannot reach a log by accident.
 */
public record OneTimeCode(String digits) {

    public static final int LENGTH = 6;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{" + LENGTH + "}");

    public OneTimeCode {
        if (digits == null || !SIX_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("a one-time code is exactly six digits");
        }
    }

    /** The message for a code entry that is not six digits, shared by every form that takes one. */
    public static final String ENTRY_RULE = "The code is six digits";

    /** A code as a person typed it: surrounding spaces are forgiven, anything else not six digits is empty. */
    public static java.util.Optional<OneTimeCode> parseEntered(String typed) {
        if (typed == null || !SIX_DIGITS.matcher(typed.strip()).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OneTimeCode(typed.strip()));
    }

    /** From a number in [0, 1 000 000), as a uniform random source yields it. */
    public static OneTimeCode fromNumber(int number) {
        if (number < 0 || number >= 1_000_000) {
            throw new IllegalArgumentException("out of range");
        }
        return new OneTimeCode(String.format("%06d", number));
    }

    /** Constant-time, so timing tells a guesser nothing about how many digits were right. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(
                digits.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "OneTimeCode[redacted]";
    }
}
