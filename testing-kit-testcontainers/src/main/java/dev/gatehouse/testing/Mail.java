package dev.gatehouse.testing;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message Gatehouse sent, as the kit's mail server received it: the recipient, the subject and
 * the plain-text part, which holds the sign-in or reset code.
 */
public record Mail(String to, String subject, String text) {

    // The code stands on a line of its own in both code mails; a bare \d{6} could match a link.
    private static final Pattern CODE_LINE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** Whether this mail carries a code (a notice carries none). */
    public boolean hasCode() {
        return CODE_LINE.matcher(text).find();
    }

    /** The six-digit code in this mail; fails when there is none. */
    public String code() {
        Matcher matcher = CODE_LINE.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no six-digit code in the mail to " + to + " (" + subject + ")");
        }
        return matcher.group(1);
    }
}
