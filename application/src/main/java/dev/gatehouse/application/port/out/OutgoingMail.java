package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message must say, not how: the mail adapter renders it (plain text and HTML) at delivery.
 * Kept this small so the outbox row holding it can be deleted once it is sent. A code mail carries
 * its code; a notice carries none. {@code validFor} is how long the message is worth sending: a code
 * mail after its code expired, or a notice long after the fact, would only confuse.
 */
public record OutgoingMail(MailKind kind, EmailAddress to, Optional<OneTimeCode> code, Duration validFor,
                           MailFacts facts) {

    /** A notice stays worth sending through a day of mail server outage, not longer. */
    public static final Duration NOTICE_VALIDITY = Duration.ofDays(1);

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFor, "validFor");
        Objects.requireNonNull(facts, "facts");
        if (code.isPresent() != kind.carriesCode()) {
            throw new IllegalArgumentException(kind + (kind.carriesCode() ? " carries a code" : " carries no code"));
        }
    }

    /** A message carrying a one-time code, valid as long as the code. */
    public static OutgoingMail code(MailKind kind, EmailAddress to, OneTimeCode code, Duration validFor, MailFacts facts) {
        return new OutgoingMail(kind, to, Optional.of(code), validFor, facts);
    }

    /** A message telling the owner of {@code to} what happened. */
    public static OutgoingMail notice(MailKind kind, EmailAddress to, MailFacts facts) {
        return new OutgoingMail(kind, to, Optional.empty(), NOTICE_VALIDITY, facts);
    }
}
