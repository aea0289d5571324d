package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code mfa.requiredForRoles: [admin]}: an administrator without a second factor signs in, is told
 * to enrol, and can do nothing else until it has; other accounts are not affected.
 */
class SecondFactorRequiredForRolesTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("mfa.requiredForRoles", "admin"))
            .withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    @Test
    void anAdministratorWithoutASecondFactorEnrolsBeforeAnythingElse() {
        String email = visitors.registered("admin-mfa");
        APP.promoteToAdmin(email);
        Reply signedIn = http.logIn(email, Visitors.PASSWORD, false);
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.json()).containsEntry("secondFactorEnrolmentRequired", true);
        String token = (String) signedIn.json().get("token");

        Reply refused = http.get("/api/admin/users", bearer(token));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("type", "urn:gatehouse:problem:second-factor-enrolment-required");
        assertThat(http.get("/api/session", bearer(token)).status()).isEqualTo(200);

        Reply pending = http.postJson("/api/users/me/totp", Map.of(), bearer(token));
        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        Authenticator app = new Authenticator((String) pending.json().get("secret"));
        assertThat(http.postJson("/api/users/me/totp/confirm", Map.of("code", app.next()), bearer(token)).status())
                .isEqualTo(200);

        assertThat(http.get("/api/admin/users", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void aPlainUserIsNotAsked() {
        Visitors.Account account = visitors.newAccount("plain-mfa");

        assertThat(http.get("/api/sessions", bearer(account.token())).status()).isEqualTo(200);
    }
}
