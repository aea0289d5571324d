package dev.gatehouse.mail.smtp;

import dev.gatehouse.mail.ComposedMail;
import dev.gatehouse.mail.MailSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;

/** Builds the MIME form of a composed mail: multipart/alternative with a plain text and an HTML part. */
final class AlternativeMessageFactory {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final InternetAddress sender;
    private final String messageIdDomain;
    private final Clock clock;

    AlternativeMessageFactory(Session session, MailSettings settings, Clock clock) {
        this.session = session;
        this.sender = settings.senderAddress();
        this.messageIdDomain = IDN.toASCII(settings.senderDomain());
        this.clock = clock;
    }

    MimeMessage create(ComposedMail mail) throws MessagingException {
        MimeMessage message = new SenderDomainMimeMessage(session, messageIdDomain);
        message.setFrom(sender);
        message.setRecipient(Message.RecipientType.TO, RecipientAddress.parse(mail.to().value()));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        // RFC 3834: tells vacation responders and ticket systems not to answer a machine.
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), UTF_8, "html");
        // Least preferred first: clients show the last part they can display (RFC 2046, 5.1.4).
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /**
     * Jakarta Mail would build the Message-ID from the local host name, which is often a container id
     * and makes spam filters suspicious; the sender's domain is the one that vouches for the mail.
     */
    private static final class SenderDomainMimeMessage extends MimeMessage {

        private final String domain;

        SenderDomainMimeMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
