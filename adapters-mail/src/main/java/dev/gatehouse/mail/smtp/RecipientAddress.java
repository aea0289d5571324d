package dev.gatehouse.mail.smtp;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Turns a recipient into exactly one bare mailbox. {@code EmailAddress} already refuses line breaks,
 * so a refusal here is a programming error; the check stays because this is the last point before
 * the value becomes a header, where a line break or a second address would add recipients.
 */
final class RecipientAddress {

    private RecipientAddress() {}

    static InternetAddress parse(String address) {
        if (address.indexOf('\r') >= 0 || address.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a recipient must not contain line breaks");
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("a recipient must be exactly one valid address", e);
        }
        // Anything the parser rewrote (a display name, angle brackets, a comment) was more than a mailbox.
        if (parsed.isGroup() || parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
            throw new IllegalArgumentException("a recipient must be a bare address");
        }
        return parsed;
    }
}
