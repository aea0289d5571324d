package dev.gatehouse.mail;

import static dev.gatehouse.mail.MailFixtures.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogMailSenderTest {

    private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level rootLevel;

    private final LogMailSender sender = new LogMailSender(MailFixtures.settings());

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
    }

    @Test
    void printsWholeMessageAsOneInfoEventOnTheMailLogger() {
        sender.send(MailFixtures.signInCode());

        List<ILoggingEvent> mailEvents = eventsFrom("gatehouse.mail");
        assertThat(mailEvents).hasSize(1);
        ILoggingEvent event = mailEvents.get(0);
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getFormattedMessage())
                .startsWith("DEVELOPMENT MAIL (not sent)\n" + "-".repeat(72) + "\n")
                .contains("To: ann@example.net", "Subject: Your Acme sign-in code", CODE,
                        MailFixtures.BASE_URL + "/login/code?email=ann%40example.net",
                        "If you did not ask for this, ignore this message.")
                .endsWith("-".repeat(72));
    }

    @Test
    void noOtherLoggerSeesTheCode() {
        sender.send(MailFixtures.signInCode());
        sender.send(MailFixtures.resetCode());

        assertThat(captured.list)
                .filteredOn(event -> event.getFormattedMessage().contains(CODE))
                .hasSize(2)
                .allMatch(event -> event.getLoggerName().equals(LogMailSender.LOGGER_NAME));
    }

    @Test
    void isAlwaysReady() {
        assertThat(sender.problem()).isEmpty();
    }

    private List<ILoggingEvent> eventsFrom(String loggerName) {
        return captured.list.stream().filter(event -> event.getLoggerName().equals(loggerName)).toList();
    }
}
