package dev.gatehouse.mail.smtp;

import static dev.gatehouse.mail.MailFixtures.BASE_URL;
import static dev.gatehouse.mail.MailFixtures.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.application.port.out.MailDeliveryException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.mail.MailFixtures;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailSenderTest {

    private static final String RELAY_USER = "relay";
    private static final String RELAY_PASSWORD = "correct-horse-battery-staple";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("relay@example.org", RELAY_USER, RELAY_PASSWORD));

    @Test
    void deliversSignInCodeAsPlainTextAndHtmlAlternatives() throws Exception {
        sender(anonymous()).send(MailFixtures.signInCode());

        MimeMessage received = onlyReceivedMessage();
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ann@example.net"));
        assertThat(received.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(received.getFrom()).containsExactly(new InternetAddress("no-reply@example.org", "Gatehouse"));
        assertThat(received.getSubject()).isEqualTo("Your Acme sign-in code").doesNotContain(CODE);

        String link = BASE_URL + "/login/code?email=ann%40example.net";
        assertThat(textPart(received)).contains(CODE, "valid for 10 minutes", link);
        assertThat(htmlPart(received)).contains("<h1>" + CODE + "</h1>", "valid for 10 minutes", link.replace("=", "&#61;"));
    }

    @Test
    void deliversResetCodeLinkingToTheResetPage() throws Exception {
        sender(anonymous()).send(MailFixtures.resetCode());

        MimeMessage received = onlyReceivedMessage();
        String link = BASE_URL + "/password/reset?email=ann%40example.net";
        assertThat(received.getSubject()).isEqualTo("Your Acme password reset code");
        assertThat(textPart(received)).contains(CODE, "valid for 15 minutes", link);
        assertThat(htmlPart(received)).contains(CODE, "valid for 15 minutes", link.replace("=", "&#61;"));
    }

    @Test
    void sendsUtf8AlternativesWithMessageIdFromSenderDomainAndDateFromClock() throws Exception {
        sender(anonymous()).send(MailFixtures.signInCode());

        MimeMessage received = onlyReceivedMessage();
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(received.getMessageID()).matches("<[0-9a-f-]{36}@example\\.org>");
        assertThat(received.getSentDate()).isEqualTo(Date.from(NOW));
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void givesEveryMessageItsOwnMessageId() throws Exception {
        SmtpMailSender sender = sender(anonymous());
        sender.send(MailFixtures.signInCode());
        sender.send(MailFixtures.signInCode());

        assertThat(greenMail.waitForIncomingEmail(TIMEOUT.toMillis(), 2)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received[0].getMessageID()).isNotEqualTo(received[1].getMessageID());
    }

    @Test
    void authenticatesWithConfiguredCredentials() throws Exception {
        SmtpMailSender sender = sender(authenticated(RELAY_PASSWORD));

        assertThat(sender.problem()).isEmpty();
        sender.send(MailFixtures.signInCode());

        assertThat(onlyReceivedMessage().getSubject()).isEqualTo("Your Acme sign-in code");
    }

    @Test
    void wrongPasswordFailsWithoutRevealingIt() {
        String wrongPassword = "wrong-but-secret-42";
        SmtpMailSender sender = sender(authenticated(wrongPassword));

        assertThatThrownBy(() -> sender.send(MailFixtures.signInCode()))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("authentication failed")
                .hasMessageNotContaining(wrongPassword);
        assertThat(sender.problem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("authentication failed").doesNotContain(wrongPassword));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableServerFailsFastAndProblemSaysSo() throws IOException {
        SmtpMailSender sender = sender(plainOn("127.0.0.1", closedPort()));

        assertTimeoutPreemptively(TIMEOUT, () -> assertThatThrownBy(() -> sender.send(MailFixtures.signInCode()))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("connection refused"));
        assertTimeoutPreemptively(TIMEOUT, () -> assertThat(sender.problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("127.0.0.1", "connection refused")));
    }

    @Test
    void serverThatNeverAnswersTimesOutWithinTheReadTimeout() throws IOException {
        // A listening socket nobody accepts from: the TCP connection succeeds, the greeting never comes.
        try (ServerSocket silent = new ServerSocket(0)) {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", silent.getLocalPort(), TlsMode.NONE,
                    Optional.empty(), Optional.empty(), TIMEOUT, Duration.ofMillis(500), TIMEOUT);
            SmtpMailSender sender = sender(settings);

            assertTimeoutPreemptively(TIMEOUT, () -> assertThatThrownBy(() -> sender.send(MailFixtures.signInCode()))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageContaining("timed out"));
            assertTimeoutPreemptively(TIMEOUT, () -> assertThat(sender.problem())
                    .hasValueSatisfying(problem -> assertThat(problem).contains("timed out")));
        }
    }

    @Test
    void stoppedServerMakesDeliveryFail() {
        SmtpMailSender sender = sender(anonymous());
        greenMail.stop();

        assertTimeoutPreemptively(TIMEOUT, () -> assertThatThrownBy(() -> sender.send(MailFixtures.signInCode()))
                .isInstanceOf(MailDeliveryException.class));
        assertThat(sender.problem()).isPresent();
    }

    @Test
    void requiredStartTlsNeverFallsBackToPlainText() {
        SmtpSettings startTls = new SmtpSettings(host(), port(), TlsMode.STARTTLS,
                Optional.empty(), Optional.empty(), TIMEOUT, TIMEOUT, TIMEOUT);
        SmtpMailSender sender = sender(startTls);

        assertThatThrownBy(() -> sender.send(MailFixtures.signInCode()))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("STARTTLS is required");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesRecipientThatWouldBecomeAnAddressList() {
        // Valid as an EmailAddress (a comma is a visible character), but a header would read it as two.
        EmailAddress list = new EmailAddress("ann,eve@example.net");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> sender(anonymous()).send(MailFixtures.signInCodeTo(list)));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void reportsNoProblemWhenTheServerAnswers() {
        assertThat(sender(anonymous()).problem()).isEmpty();
    }

    private static SmtpMailSender sender(SmtpSettings settings) {
        return new SmtpMailSender(settings, MailFixtures.settings(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SmtpSettings anonymous() {
        return plainOn(host(), port());
    }

    private static SmtpSettings plainOn(String host, int port) {
        return new SmtpSettings(host, port, TlsMode.NONE, Optional.empty(), Optional.empty(), TIMEOUT, TIMEOUT, TIMEOUT);
    }

    private static SmtpSettings authenticated(String password) {
        return new SmtpSettings(host(), port(), TlsMode.NONE, Optional.of(RELAY_USER), Optional.of(password),
                TIMEOUT, TIMEOUT, TIMEOUT);
    }

    private static String host() {
        return greenMail.getSmtp().getServerSetup().getBindAddress();
    }

    private static int port() {
        return greenMail.getSmtp().getPort();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static MimeMessage onlyReceivedMessage() {
        assertThat(greenMail.waitForIncomingEmail(TIMEOUT.toMillis(), 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String textPart(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String htmlPart(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }
}
