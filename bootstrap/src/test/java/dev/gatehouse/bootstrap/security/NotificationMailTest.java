package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestSmtp;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The notices an account's owner gets about security events (ASVS 5.0 6.3.5, 6.3.7), read as they
 * arrive at a real SMTP server: a sign-in from a browser that was not recognised, and a change of
 * password. Each names the browser instead of quoting its User-Agent. The setting that turns the
 * sign-in notice off is tested with an app of its own ({@link NewBrowserNoticeOffTest}).
 */
class NotificationMailTest {

    static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    private static final String NEW_PASSWORD = "purple elephant marching quietly";
    static final String NEW_BROWSER_SUBJECT = "New sign-in to your Gatehouse account";
    static final String PASSWORD_CHANGED_SUBJECT = "Your Gatehouse password was changed";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension().withMail();

    private final Visitors visitors = new Visitors(APP);

    @Test
    void asvs_6_3_5_aSignInFromABrowserNotRecognisedMailsTheOwnerANoticeNamingTheBrowser() {
        // Registering proves the address with a code, the account's first sign-in.
        String email = visitors.registered("new-browser");

        Reply elsewhere = logIn(APP, email, FIREFOX_ON_WINDOWS);

        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
        MimeMessage notice = awaitMail(APP, email, NEW_BROWSER_SUBJECT);
        assertThat(text(notice)).contains("Firefox on Windows").doesNotContain("Mozilla", "Gecko");
        assertThat(html(notice)).contains("Firefox on Windows");
        awaitOutboxEmpty(APP);
        assertThat(subjects(APP, email)).as("the account's first sign-in is not news to its owner")
                .containsOnlyOnce(NEW_BROWSER_SUBJECT);
    }

    @Test
    void aBrowserHoldingTheDeviceCookieOfAnEarlierSignInIsNotAnnouncedAgain() {
        String email = visitors.registered("same-browser");
        Reply firstHere = logIn(APP, email, SAFARI_ON_IPHONE);
        String deviceCookie = firstHere.setCookiePair("__Host-gh_device");
        awaitMail(APP, email, NEW_BROWSER_SUBJECT);

        Reply again = logIn(APP, email, SAFARI_ON_IPHONE, "Cookie", deviceCookie);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        awaitOutboxEmpty(APP);
        assertThat(subjects(APP, email)).containsOnlyOnce(NEW_BROWSER_SUBJECT);
    }

    @Test
    void asvs_6_3_7_aPasswordChangeMailsTheOwnerWhenAndFromWhichBrowser() {
        String email = visitors.registered("password-change");
        Account account = Visitors.signedIn(logIn(APP, email, FIREFOX_ON_WINDOWS), email);

        Reply changed = APP.api().send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}",
                "Authorization", bearer(account.token())[1], "User-Agent", FIREFOX_ON_WINDOWS);

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        MimeMessage notice = awaitMail(APP, email, PASSWORD_CHANGED_SUBJECT);
        assertThat(text(notice)).contains("Firefox on Windows", "(UTC)", TestSmtp.BASE_URL + "/password/forgot?email=")
                .doesNotContain(NEW_PASSWORD, PASSWORD);
    }

    static Reply logIn(FullAppExtension app, String email, String userAgent, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "User-Agent";
        all[1] = userAgent;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return app.api().postJson("/api/sessions", Map.of("email", email, "password", PASSWORD, "rememberMe", false), all);
    }

    /** Once the outbox is empty, everything enqueued so far has reached the SMTP server. */
    static void awaitOutboxEmpty(FullAppExtension app) {
        await().atMost(Duration.ofSeconds(15)).until(() -> app.database().jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_outbox").mapTo(Integer.class).one()) == 0);
    }

    static MimeMessage awaitMail(FullAppExtension app, String email, String subject) {
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> subjects(app, email).contains(subject));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no \"" + subject + "\" among " + subjects(app, email), e);
        }
        return mails(app, email).stream().filter(mail -> subjectOf(mail).equals(subject)).findFirst().orElseThrow();
    }

    static List<String> subjects(FullAppExtension app, String email) {
        return mails(app, email).stream().map(NotificationMailTest::subjectOf).toList();
    }

    private static List<MimeMessage> mails(FullAppExtension app, String email) {
        List<MimeMessage> mails = new ArrayList<>();
        for (int count = 1; count <= app.mail().mailCount(email); count++) {
            mails.add(app.mail().awaitMailTo(email, count));
        }
        return mails;
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    private static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) {
        try {
            Multipart parts = (Multipart) mail.getContent();
            for (int index = 0; index < parts.getCount(); index++) {
                BodyPart part = parts.getBodyPart(index);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
