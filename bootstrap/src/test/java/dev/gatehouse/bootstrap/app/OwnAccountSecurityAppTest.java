package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Sign out everywhere else" and the password change, over real HTTP. */
class OwnAccountSecurityAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "purple elephant marching quietly";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient api;

    @BeforeAll
    static void client() {
        api = APP.api();
    }

    private static String registered() {
        String email = uniqueEmail("own");
        api.registeredAndProven(email, PASSWORD);
        return email;
    }

    private static Reply signIn(String email, String password) {
        return api.logIn(email, password, false);
    }

    private static String token(Reply signedIn) {
        return (String) signedIn.json().get("token");
    }

    @Test
    void signingOutEverywhereElseEndsTheOtherSessionsAndKeepsThisOne() {
        String email = registered();
        String here = token(signIn(email, PASSWORD));
        String elsewhere = token(signIn(email, PASSWORD));

        Reply ended = api.delete("/api/sessions/others", bearer(here));

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json()).containsEntry("ended", 1);
        assertThat(api.get("/api/session", bearer(elsewhere)).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(here)).status()).isEqualTo(200);
    }

    @Test
    void signingInAgainFromABrowserEndsTheSessionItHeld() {
        String email = registered();
        Reply first = signIn(email, PASSWORD);
        String elsewhere = token(signIn(email, PASSWORD));

        Reply again = api.postJson("/api/sessions", Map.of("email", email, "password", PASSWORD, "rememberMe", false),
                cookie(first.cookiePair()));

        assertThat(again.status()).isEqualTo(201);
        assertThat(api.get("/api/session", cookie(first.cookiePair())).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(token(first))).status()).isEqualTo(401);
        assertThat(api.get("/api/session", cookie(again.cookiePair())).status()).isEqualTo(200);
        assertThat(api.get("/api/session", bearer(elsewhere)).status()).as("another browser's session").isEqualTo(200);
    }

    @Test
    void withTheCookieItNeedsTheCsrfToken() {
        Reply signedIn = signIn(registered(), PASSWORD);

        Reply refused = api.delete("/api/sessions/others", cookie(signedIn.cookiePair()));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsEveryOtherSession() {
        String email = registered();
        String here = token(signIn(email, PASSWORD));
        String elsewhere = token(signIn(email, PASSWORD));

        Reply wrong = api.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"not my password at all\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", bearer(here));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("currentPassword").doesNotContain("not my password at all");
        assertThat(api.get("/api/session", bearer(elsewhere)).status()).isEqualTo(200);

        Reply changed = api.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", bearer(here));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/session", bearer(elsewhere)).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(here)).status()).isEqualTo(200);
        assertThat(signIn(email, PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(email, NEW_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aNewPasswordThePolicyRefusesIs422OnThatField() {
        String here = token(signIn(registered(), PASSWORD));

        Reply refused = api.postJson("/api/users/me/password", Map.of(), bearer(here));
        Reply weak = api.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}", bearer(here));

        assertThat(refused.status()).isEqualTo(405);
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body()).contains("newPassword");
    }
}
