package dev.gatehouse.mail;

import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

/** A message ready for a transport: both bodies rendered, the HTML one already escaped. */
public record ComposedMail(EmailAddress to, String subject, String textBody, String htmlBody) {

    public ComposedMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }

    /** Bodies hold a live code; keep it out of logs that print this record by accident. */
    @Override
    public String toString() {
        return "ComposedMail[to=" + to + ", subject=" + subject + ", bodies redacted]";
    }
}
