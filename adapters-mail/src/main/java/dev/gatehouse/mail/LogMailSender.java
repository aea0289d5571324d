package dev.gatehouse.mail;

import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.OutgoingMail;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development transport: prints each message, code included, instead of sending it. Showing the
 * code is this transport's whole purpose and the one place a secret may reach a log, so it writes to
 * its own logger, {@value #LOGGER_NAME}, which operators can route or silence on its own.
 */
public final class LogMailSender implements MailSender {

    public static final String LOGGER_NAME = "gatehouse.mail";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final String RULE = "-".repeat(72);

    private final MailComposer composer;

    public LogMailSender(MailSettings settings) {
        this.composer = new MailComposer(settings);
    }

    @Override
    public void send(OutgoingMail mail) {
        LOG.info("{}", framed(composer.compose(mail)));
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }

    // One event, not one per line, so that concurrent mails cannot interleave in the log.
    private static String framed(ComposedMail mail) {
        return String.join("\n",
                "DEVELOPMENT MAIL (not sent)",
                RULE,
                "To: " + mail.to().value(),
                "Subject: " + mail.subject(),
                RULE,
                mail.textBody().stripTrailing(),
                RULE);
    }
}
