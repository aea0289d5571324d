package dev.gatehouse.bootstrap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free loopback port, the app configured to mail through it,
 * and the codes read back from what arrived.
 */
public final class TestSmtp {

    public static final String BASE_URL = "https://login.gatehouse.test";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    /** A code mail shows its code on a line of its own; a notice never has such a line. */
    private static final Pattern CODE_LINE = Pattern.compile("(?m)^\\s*\\d{6}\\s*$");

    private final int port = freePort();
    private GreenMail server;

    /** The app's mail settings: SMTP without TLS to this server, quick delivery, no resend pause. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mail.transport", "smtp");
        settings.put("mail.sender", "Gatehouse Test <no-reply@gatehouse.test>");
        settings.put("mail.baseUrl", BASE_URL);
        settings.put("mail.deliveryInterval", "200ms");
        settings.put("mail.smtp.host", "127.0.0.1");
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.tls", "none");
        settings.put("mail.smtp.connectTimeout", "500ms");
        settings.put("mail.smtp.readTimeout", "1s");
        settings.put("codes.resendInterval", "0s");
        return settings;
    }

    /** Starts a fresh server: a stopped GreenMail cannot be started again. */
    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    /** The {@code count}-th message to {@code email}, once it has arrived. */
    public MimeMessage awaitMailTo(String email, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(email).length >= count);
        return mailsTo(email)[count - 1];
    }

    /**
     * The {@code count}-th message to {@code email} whose subject contains {@code subjectPart}, once it
     * has arrived: for tests that should not depend on which other notices the address got meanwhile.
     */
    public MimeMessage awaitMailTo(String email, String subjectPart, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(email, subjectPart).length >= count);
        return mailsTo(email, subjectPart)[count - 1];
    }

    /** The code in the {@code count}-th message to {@code email} whose subject contains {@code subjectPart}. */
    public String mailedCode(String email, String subjectPart, int count) {
        return codeIn(awaitMailTo(email, subjectPart, count));
    }

    /**
     * The code in the {@code count}-th message to {@code email} that carries one: notices (of a new
     * browser, a password change, ...) may arrive in between and are not counted.
     */
    public String mailedCode(String email, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> codeMailsTo(email).length >= count);
        return codeIn(codeMailsTo(email)[count - 1]);
    }

    /** How many messages to {@code email} have arrived so far. */
    public int mailCount(String email) {
        return mailsTo(email).length;
    }

    /** How many messages carrying a code have arrived for {@code email} so far: what {@link #mailedCode(String, int)} counts. */
    public int codeMailCount(String email) {
        return codeMailsTo(email).length;
    }

    /** How many messages to {@code email} whose subject contains {@code subjectPart} have arrived so far. */
    public int mailCount(String email, String subjectPart) {
        return mailsTo(email, subjectPart).length;
    }

    public static String codeIn(MimeMessage message) {
        Matcher matcher = SIX_DIGITS.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).as("a six-digit code in the mail").isTrue();
        return matcher.group(1);
    }

    private MimeMessage[] mailsTo(String email) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).contains(email))
                .toArray(MimeMessage[]::new);
    }

    private MimeMessage[] codeMailsTo(String email) {
        return Arrays.stream(mailsTo(email)).filter(message -> CODE_LINE.matcher(GreenMailUtil.getBody(message)).find())
                .toArray(MimeMessage[]::new);
    }

    private MimeMessage[] mailsTo(String email, String subjectPart) {
        return Arrays.stream(mailsTo(email)).filter(message -> subject(message).contains(subjectPart))
                .toArray(MimeMessage[]::new);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
