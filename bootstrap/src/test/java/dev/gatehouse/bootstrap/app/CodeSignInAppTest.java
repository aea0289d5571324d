package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Code sign-in and password reset through a real SMTP server that the test reads the codes from. */
class CodeSignInAppTest {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension().withMail();

    private static TestHttpClient api;

    @BeforeAll
    static void start() {
        api = APP.api();
    }

    @Test
    void anUnknownAddressSignsUpAndInWithTheMailedCode() throws Exception {
        String email = uniqueEmail("code");

        Reply requested = api.postJson("/api/login-codes", Map.of("email", email));
        assertThat(requested.status()).isEqualTo(202);
        MimeMessage mail = APP.mail().awaitMailTo(email, 1);
        String code = TestSmtp.codeIn(mail);
        assertThat(mail.getSubject()).doesNotContain(code);
        assertThat(GreenMailUtil.getBody(mail)).contains(TestSmtp.BASE_URL + "/login/code");

        Reply verified = api.postJson("/api/login-codes/verify",
                Map.of("email", email, "code", code, "timezone", "Europe/Zurich"));

        assertThat(verified.status()).isEqualTo(201);
        Map<String, Object> user = api.get("/api/users/me", bearer((String) verified.json().get("token"))).json();
        assertThat(user).containsEntry("email", email).containsEntry("active", true)
                .containsEntry("timezone", "Europe/Zurich");
        Reply reused = api.postJson("/api/login-codes/verify", Map.of("email", email, "code", code));
        assertThat(reused.status()).isEqualTo(401);
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswer() {
        Reply unknown = api.postJson("/api/login-codes", Map.of("email", uniqueEmail("code")));
        String known = uniqueEmail("code");
        api.registeredAndProven(known, "correct horse battery staple");
        Reply registered = api.postJson("/api/login-codes", Map.of("email", known));

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(registered.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(registered.body());
    }

    @Test
    void fiveWrongCodesKillTheCode() {
        String email = uniqueEmail("code");
        api.postJson("/api/login-codes", Map.of("email", email));
        String code = TestSmtp.codeIn(APP.mail().awaitMailTo(email, 1));
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.postJson("/api/login-codes/verify", Map.of("email", email, "code", wrong)).status())
                    .isEqualTo(401);
        }

        assertThat(api.postJson("/api/login-codes/verify", Map.of("email", email, "code", code)).status())
                .isEqualTo(401);
    }

    @Test
    void aPasswordResetSetsTheNewPasswordAndEndsEverySession() {
        String email = uniqueEmail("code");
        String oldToken = (String) api.registeredAndSignedIn(email, "correct horse battery staple").get("token");

        assertThat(api.postJson("/api/password-resets", Map.of("email", email)).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(email, "password reset code", 1);
        Reply confirmed = api.postJson("/api/password-resets/confirm",
                Map.of("email", email, "code", code, "newPassword", "an entirely new passphrase"));

        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(api.get("/api/session", bearer(oldToken)).status()).isEqualTo(401);
        assertThat(api.logIn(email, "correct horse battery staple", false).status()).isEqualTo(401);
        assertThat(api.logIn(email, "an entirely new passphrase", false).status()).isEqualTo(201);
    }

    @Test
    void mailWaitsInTheOutboxWhileSmtpIsDownAndGoesOutAfterwards() {
        String email = uniqueEmail("code");
        APP.mail().stop();
        try {
            assertThat(api.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                Map<String, Object> mailHealth = mailHealth();
                return Boolean.FALSE.equals(mailHealth.get("healthy"))
                        && ((Number) mailHealth.get("outboxBacklog")).intValue() >= 1;
            });
            // Mail is not critical: a load balancer keeps sending requests to a node whose SMTP is down.
            assertThat(api.get("/health-check").status()).isEqualTo(200);
        } finally {
            APP.mail().start();
        }

        MimeMessage mail = APP.mail().awaitMailTo(email, 1);
        assertThat(TestSmtp.codeIn(mail)).hasSize(6);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mailHealth() {
        return (Map<String, Object>) new TestHttpClient(APP.adminPort()).get("/healthcheck").json().get("mail");
    }
}
