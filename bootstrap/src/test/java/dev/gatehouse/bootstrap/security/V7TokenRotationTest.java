package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ASVS 5.0 7.2.4 (and the project's remember-me rule), black-box: remember-me token rotation over real HTTP, with the interval cut to two seconds and the grace to
 * one: the browser's cookie is replaced, the old token works only for the grace, and presenting it
 * later ends the session for whoever holds the new one.
 */
class V7TokenRotationTest {

    private static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Duration GRACE = Duration.ofSeconds(1);

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("sessions.rememberMeTokenRotation", INTERVAL.toSeconds() + " seconds"),
            ConfigOverride.config("sessions.replacedTokenGrace", GRACE.toSeconds() + " second"));

    private static TestHttpClient api;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        api = APP.api();
        visitors = new Visitors(APP);
    }

    private static void waitFor(Duration duration) throws InterruptedException {
        Thread.sleep(duration.plusMillis(150).toMillis());
    }

    @Test
    void asvs_7_2_4_aRememberedCookieIsReplacedOnceDueAndTheOldOneLaterEndsTheSession() throws InterruptedException {
        String email = visitors.registered("rotation");
        Reply signedIn = api.logIn(email, PASSWORD, true);
        String first = signedIn.cookiePair();
        assertThat(api.get("/api/session", cookie(first)).sessionSetCookie()).isNull();

        waitFor(INTERVAL);
        Reply renewed = api.get("/api/session", cookie(first));

        assertThat(renewed.status()).isEqualTo(200);
        String setCookie = renewed.sessionSetCookie();
        assertThat(setCookie).startsWith("__Host-gh_session=").contains("HttpOnly", "Secure", "SameSite=Lax", "Max-Age=");
        assertThat(maxAge(setCookie)).isLessThan(maxAge(signedIn.sessionSetCookie())).isGreaterThan(29L * 24 * 3600);
        String second = renewed.cookiePair();
        assertThat(second).isNotEqualTo(first);
        assertThat(renewed.json().get("csrfToken")).isNotEqualTo(signedIn.json().get("csrfToken"));
        assertThat(api.get("/api/session", cookie(second)).sessionSetCookie()).isNull();
        assertThat(api.get("/api/session", cookie(first)).status()).as("within the grace").isEqualTo(200);

        waitFor(GRACE);

        assertThat(api.get("/api/session", cookie(first)).status()).as("replayed").isEqualTo(401);
        assertThat(api.get("/api/session", cookie(second)).status()).as("the session it belonged to").isEqualTo(401);
        assertThat(api.logIn(email, PASSWORD, false).status()).as("the account itself").isEqualTo(201);
    }

    @Test
    void asvs_7_2_4_and_16_3_3_aReplayedTokenIsInTheAuditTrail() throws InterruptedException {
        String email = visitors.registered("rotation");
        String first = api.logIn(email, PASSWORD, true).cookiePair();
        waitFor(INTERVAL);
        assertThat(api.get("/dashboard", cookie(first)).sessionSetCookie()).as("pages rotate too").isNotNull();
        waitFor(GRACE);
        assertThat(api.get("/api/session", cookie(first)).status()).isEqualTo(401);

        String adminToken = visitors.admin().token();
        Reply audit = api.get("/api/admin/audit?limit=20", bearer(adminToken));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) audit.json().get("items");
        assertThat(items).anySatisfy(item -> assertThat(item)
                .containsEntry("type", "session-revoked")
                .containsEntry("detail", "replaced token presented")
                .containsEntry("actor", null)
                .containsEntry("clientAddress", "127.0.0.1"));
    }

    @Test
    void asvs_7_2_4_aPasswordChangeInTheBrowserContinuesUnderANewToken() throws InterruptedException {
        String email = visitors.registered("rotation");
        Reply signedIn = api.logIn(email, PASSWORD, false);
        String before = signedIn.cookiePair();

        Reply changed = api.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"purple elephant marching quietly\"}",
                "Cookie", before, "X-CSRF-Token", (String) signedIn.json().get("csrfToken"));

        assertThat(changed.status()).isEqualTo(204);
        String after = changed.cookiePair();
        assertThat(after).isNotEqualTo(before);
        assertThat(changed.sessionSetCookie()).doesNotContain("Max-Age").as("still a browser-session cookie");
        assertThat(api.get("/api/session", cookie(after)).status()).isEqualTo(200);
        waitFor(GRACE);
        assertThat(api.get("/api/session", cookie(before)).status()).isEqualTo(401);
    }

    @Test
    void asvs_7_2_4_aBearerTokenAndAPlainSessionKeepTheirTokens() throws InterruptedException {
        String email = visitors.registered("rotation");
        String remembered = (String) api.logIn(email, PASSWORD, true).json().get("token");
        String plain = api.logIn(email, PASSWORD, false).cookiePair();
        waitFor(INTERVAL);

        Reply byBearer = api.get("/api/session", bearer(remembered));
        Reply byPlainCookie = api.get("/api/session", cookie(plain));

        assertThat(byBearer.status()).isEqualTo(200);
        assertThat(byBearer.sessionSetCookie()).isNull();
        assertThat(byPlainCookie.status()).isEqualTo(200);
        assertThat(byPlainCookie.sessionSetCookie()).isNull();
        waitFor(GRACE);
        assertThat(api.get("/api/session", bearer(remembered)).status()).isEqualTo(200);
    }

    private static long maxAge(String setCookie) {
        int start = setCookie.indexOf("Max-Age=") + "Max-Age=".length();
        int end = setCookie.indexOf(';', start);
        return Long.parseLong(setCookie.substring(start, end < 0 ? setCookie.length() : end));
    }
}
