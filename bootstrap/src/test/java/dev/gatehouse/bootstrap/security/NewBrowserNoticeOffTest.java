package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.security.NotificationMailTest.FIREFOX_ON_WINDOWS;
import static dev.gatehouse.bootstrap.security.NotificationMailTest.NEW_BROWSER_SUBJECT;
import static dev.gatehouse.bootstrap.security.NotificationMailTest.PASSWORD_CHANGED_SUBJECT;
import static dev.gatehouse.bootstrap.security.NotificationMailTest.awaitMail;
import static dev.gatehouse.bootstrap.security.NotificationMailTest.awaitOutboxEmpty;
import static dev.gatehouse.bootstrap.security.NotificationMailTest.logIn;
import static dev.gatehouse.bootstrap.security.NotificationMailTest.subjects;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import io.dropwizard.testing.ConfigOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code notifications.newBrowserSignIn: false} a sign-in from a new browser mails nothing; a password change still does. */
class NewBrowserNoticeOffTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("notifications.newBrowserSignIn", "false")).withMail();

    private final Visitors visitors = new Visitors(APP);

    @Test
    void aSignInFromABrowserNotRecognisedMailsNothingButAPasswordChangeStillDoes() {
        String email = visitors.registered("setting-off");
        visitors.signedIn(email);

        Reply elsewhere = logIn(APP, email, FIREFOX_ON_WINDOWS);
        Account there = Visitors.signedIn(elsewhere, email);
        awaitOutboxEmpty(APP);

        assertThat(subjects(APP, email)).doesNotContain(NEW_BROWSER_SUBJECT);
        Reply changed = APP.api().send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"purple elephant marching quietly\"}",
                "Authorization", "Bearer " + there.token());
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        awaitMail(APP, email, PASSWORD_CHANGED_SUBJECT);
        assertThat(subjects(APP, email)).doesNotContain(NEW_BROWSER_SUBJECT);
    }
}
