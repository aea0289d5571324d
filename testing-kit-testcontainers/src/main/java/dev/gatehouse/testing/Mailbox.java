package dev.gatehouse.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) on a free loopback port that keeps what it receives in memory.
 * Gatehouse delivers to it through its ordinary SMTP transport, in-process and from a container alike.
 */
final class Mailbox implements AutoCloseable {

    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    static Mailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return new Mailbox(server);
    }

    int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received so far for {@code email} (compared case-insensitively), oldest first. */
    List<Mail> mailsTo(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            read(message).filter(mail -> mail.to().equals(wanted)).ifPresent(mails::add);
        }
        return mails;
    }

    /** Forgets every message received so far. */
    void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("could not empty the test mailbox", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Optional<Mail> read(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> ((InternetAddress) address).getAddress().toLowerCase(Locale.ROOT))
                    .findFirst()
                    .map(to -> new Mail(to, subjectOf(message), textOf(message)));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message in the test mailbox", e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first text/plain part, however deep in the multipart structure. */
    private static String textOf(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = textOf(child);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message in the test mailbox", e);
        }
    }
}
