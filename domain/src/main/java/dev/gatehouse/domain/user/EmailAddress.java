package dev.gatehouse.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in its normalised form: trimmed and lower-cased, so that {@code Ann@X.org} and
 * {@code ann@x.org} are one account. Lower-casing the local part is strictly more than RFC 5321
 * promises, but no mail provider people use distinguishes case there, and treating them as two
 * accounts is the bigger harm.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // Deliberately simple: one @, a dot in the domain, and no character that is invisible or moves
    // text (whitespace, separators, control and format characters such as U+202E, in any script).
    // Deliverability is proven by sending a code, not by a regex.
    private static final String VISIBLE = "[^@\\s\\p{Z}\\p{C}";
    private static final Pattern SHAPE = Pattern.compile(
            "^" + VISIBLE + "]{1,64}@" + VISIBLE + ".]+(\\." + VISIBLE + ".]+)+$");

    public EmailAddress {
        if (value == null || value.isEmpty()) {
            throw new InvalidEmailAddressException("Email is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidEmailAddressException("Email must be at most " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new InvalidEmailAddressException("Email must not contain line breaks");
        }
        if (!value.equals(normalise(value))) {
            throw new InvalidEmailAddressException("Email must be in normalised form");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidEmailAddressException("Email is not a valid address");
        }
    }

    /** Accepts what a person typed: surrounding whitespace and any letter case. */
    public static EmailAddress of(String raw) {
        if (raw == null) {
            throw new InvalidEmailAddressException("Email is required");
        }
        if (raw.indexOf('\r') >= 0 || raw.indexOf('\n') >= 0) {
            throw new InvalidEmailAddressException("Email must not contain line breaks");
        }
        return new EmailAddress(normalise(raw));
    }

    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /**
     * The address with all of its local part but the first character hidden ({@code a***@example.org}):
     * enough for its owner to recognise it in a notice, too little for anyone else to learn it.
     */
    public String masked() {
        return value.substring(0, value.offsetByCodePoints(0, 1)) + "***" + value.substring(value.lastIndexOf('@'));
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
