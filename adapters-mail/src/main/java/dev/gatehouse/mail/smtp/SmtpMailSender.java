package dev.gatehouse.mail.smtp;

import dev.gatehouse.application.port.out.MailDeliveryException;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.mail.MailComposer;
import dev.gatehouse.mail.MailSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends each message through an SMTP server with Jakarta Mail, one connection per message: mails are
 * rare (a sign-in, a reset), and a fresh connection cannot be one the server has silently dropped.
 */
public final class SmtpMailSender implements MailSender {

    private final SmtpSettings smtp;
    private final Session session;
    private final MailComposer composer;
    private final AlternativeMessageFactory messages;

    public SmtpMailSender(SmtpSettings smtp, MailSettings mail, Clock clock) {
        this.smtp = smtp;
        this.session = Session.getInstance(SmtpSessionProperties.of(smtp));
        this.composer = new MailComposer(mail);
        this.messages = new AlternativeMessageFactory(session, mail, clock);
    }

    /**
     * @throws MailDeliveryException when the server cannot be reached, times out, refuses the
     *     credentials or the message
     * @throws IllegalArgumentException when the recipient is not exactly one plain address
     */
    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message = build(mail);
        try {
            Transport transport = connect();
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } finally {
                closeQuietly(transport);
            }
        } catch (MessagingException e) {
            throw new MailDeliveryException("Mail not delivered: " + SmtpFailureReason.of(e, smtp), e);
        }
    }

    /** Connects, authenticates and says goodbye, within the configured timeouts; nothing is sent. */
    @Override
    public Optional<String> problem() {
        try {
            closeQuietly(connect());
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(SmtpFailureReason.of(e, smtp));
        }
    }

    private MimeMessage build(OutgoingMail mail) {
        try {
            return messages.create(composer.compose(mail));
        } catch (MessagingException e) {
            // Nothing here talks to a server; a failure is a bug, and retrying would not help.
            throw new IllegalStateException("Could not build the MIME message", e);
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(smtp.host(), smtp.port(), smtp.username().orElse(null), smtp.password().orElse(null));
        return transport;
    }

    // Once the server has accepted the message, a failed QUIT must not make the outbox send it twice.
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The message, if any, was already accepted; the connection is gone either way.
        }
    }
}
