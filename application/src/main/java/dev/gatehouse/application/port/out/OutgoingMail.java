package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * What a message must say, not how: the mail adapter renders it (plain text and HTML) at delivery.
 * Kept this small so the outbox row holding it can be deleted once it is sent.
 */
public record OutgoingMail(MailKind kind, EmailAddress to, OneTimeCode code, Duration validFor) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFor, "validFor");
    }
}
