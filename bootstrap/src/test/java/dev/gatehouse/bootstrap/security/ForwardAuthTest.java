package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forward authentication over real HTTP, with this test's loopback as the trusted proxy and
 * {@code https://app.example.org} as the app: who the check names, where it sends a browser, that it
 * never rotates a remembered token however many checks arrive at once, and {@code return_to} on the
 * sign-in and sign-out forms.
 */
class ForwardAuthTest {

    private static final String APP_ORIGIN = "https://app.example.org";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("http.returnToOrigins", APP_ORIGIN),
            ConfigOverride.config("sessions.rememberMeTokenRotation", "1 second"),
            ConfigOverride.config("sessions.replacedTokenGrace", "500 milliseconds")).withMail();

    private static TestHttpClient api;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        api = APP.api();
        visitors = new Visitors(APP);
    }

    private static String[] forwarded(String method, String host, String uri, String... more) {
        String[] headers = {"X-Forwarded-Method", method, "X-Forwarded-Proto", "https", "X-Forwarded-Host", host,
            "X-Forwarded-Uri", uri, "Accept", "text/html,application/xhtml+xml"};
        String[] all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @Test
    void namesThePersonAndRefusesARoleTheyDoNotHold() {
        Visitors.Account ann = visitors.newAccount("fwd-ann");

        Reply byCookie = api.get("/api/forward-auth", cookie(ann.cookiePair()));
        Reply byBearer = api.get("/api/forward-auth?role=user", bearer(ann.token()));

        for (Reply admitted : List.of(byCookie, byBearer)) {
            assertThat(admitted.status()).isEqualTo(200);
            assertThat(admitted.header("X-Gatehouse-User-Id")).isEqualTo(ann.id());
            assertThat(admitted.header("X-Gatehouse-Email")).isEqualTo(ann.email());
            assertThat(admitted.header("X-Gatehouse-Roles")).isEqualTo("user");
            assertThat(admitted.header("X-Gatehouse-Csrf-Token")).isEqualTo(ann.csrfToken());
            assertThat(admitted.sessionSetCookie()).isNull();
        }
        assertThat(api.get("/api/forward-auth?role=admin", cookie(ann.cookiePair())).status()).isEqualTo(403);
        assertThat(api.get("/api/forward-auth?role=wizard", cookie(ann.cookiePair())).status()).isEqualTo(403);
        Visitors.Account admin = visitors.admin();
        Reply administrator = api.get("/api/forward-auth?role=admin", bearer(admin.token()));
        assertThat(administrator.status()).isEqualTo(200);
        assertThat(administrator.header("X-Gatehouse-Roles")).isEqualTo("admin,user");
    }

    @Test
    void sendsABrowserToSignInAndBackToTheForwardedUrlOnAnAllowedOrigin() {
        Reply browser = api.get("/api/forward-auth", forwarded("GET", "app.example.org", "/notes?a=1&b=2"));

        String back = URLEncoder.encode(APP_ORIGIN + "/notes?a=1&b=2", StandardCharsets.UTF_8);
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.header("Location")).isEqualTo(APP_ORIGIN + "/login?return_to=" + back);

        Reply nginx = api.get("/api/forward-auth?redirect=false", forwarded("GET", "app.example.org", "/notes?a=1&b=2"));
        assertThat(nginx.status()).as("nginx asks for the 401 it can turn into a redirect").isEqualTo(401);
        assertThat(nginx.header("X-Gatehouse-Sign-In")).isEqualTo(APP_ORIGIN + "/login?return_to=" + back);

        Reply post = api.get("/api/forward-auth", forwarded("POST", "app.example.org", "/notes"));
        assertThat(post.status()).as("a POST cannot be resumed by a redirect").isEqualTo(401);
        assertThat(api.get("/api/forward-auth", "Accept", "application/json").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "app.example.org.evil.example", "app.example.org:8443", "app.example.org, evil.example"})
    void forgetsAForwardedUrlOffTheAllowedOrigins(String host) {
        Reply browser = api.get("/api/forward-auth", forwarded("GET", host, "/notes"));

        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.header("Location")).endsWith("/login").doesNotContain("return_to").doesNotContain("evil");
    }

    /**
     * The hottest path of a forward-auth setup, and the one that must never rotate: a page's parallel
     * requests would race to replace the token, and the proxy would not carry the new cookie. The
     * same cookie then rotates on {@code GET /api/session}, so it was due.
     */
    @RepeatedTest(3)
    void aBurstOfChecksNeverRotatesARememberedToken() throws InterruptedException {
        String email = visitors.registered("fwd-burst");
        String remembered = api.logIn(email, PASSWORD, true).cookiePair();
        Thread.sleep(1_200);

        Burst.Outcome burst = Burst.of(20, i -> api.get("/api/forward-auth", cookie(remembered)));

        assertThat(burst.failures()).isEmpty();
        assertThat(burst.count(200)).isEqualTo(20);
        assertThat(burst.replies()).allSatisfy(reply -> assertThat(reply.sessionSetCookie()).isNull());
        assertThat(api.get("/api/session", cookie(remembered)).sessionSetCookie())
                .as("the token was due: the API's own check rotates it").startsWith("__Host-gh_session=");
    }

    @ParameterizedTest
    @ValueSource(strings = {APP_ORIGIN + "/notes?a=1&b=2", "HTTPS://APP.example.org/Mixed", APP_ORIGIN + ":443/x"})
    void signInAndSignOutFormsReturnToAnAllowedUrl(String returnTo) {
        String email = visitors.registered("fwd-return");
        Visitors.Form form = visitors.form("/login?return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));

        Reply signedIn = visitors.postForm("/login", form.cookiePair(), fields(form.csrfToken(), email, returnTo));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo(returnTo);
        Visitors.Account account = visitors.signedIn(email);
        Reply signedOut = api.send("POST", "/logout", "application/x-www-form-urlencoded",
                "csrf_token=" + account.csrfToken() + "&return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8),
                "Cookie", account.cookiePair(), "Origin", APP_ORIGIN);
        assertThat(signedOut.status()).as("the app's own sign-out button, posted from its origin").isEqualTo(303);
        assertThat(signedOut.header("Location")).isEqualTo(returnTo);
        assertThat(api.get("/api/session", cookie(account.cookiePair())).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "https://evil@app.example.org/",
        "https://app.example.org@evil.example/", "javascript:alert(1)", "https://app.example.org:8443/",
        "http://app.example.org/", "https://app.example.org\\@evil.example/", "not a url at all"})
    void signInAndSignOutIgnoreAnyOtherReturnTo(String returnTo) {
        String email = visitors.registered("fwd-hostile");
        Visitors.Form form = visitors.form("/login?return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));

        Reply signedIn = visitors.postForm("/login", form.cookiePair(), fields(form.csrfToken(), email, returnTo));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/dashboard");
        Visitors.Account account = visitors.signedIn(email);
        Reply signedOut = api.send("POST", "/logout", "application/x-www-form-urlencoded",
                "csrf_token=" + account.csrfToken() + "&return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8),
                "Cookie", account.cookiePair());
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).endsWith("/login?done=signed-out");
    }

    @Test
    void theCodeSignInReturnsToAnAllowedUrlToo() {
        String email = visitors.registered("fwd-code");
        String returnTo = APP_ORIGIN + "/after-code?x=1&y=2";
        String encoded = URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
        assertThat(api.get("/login?return_to=" + encoded).body()).as("the password page's link to the code sign-in keeps it")
                .contains("href=\"/login/code?return_to&#61;" + encoded + "\"");
        Visitors.Form form = visitors.form("/login/code?return_to=" + encoded);
        int mailed = APP.mail().codeMailCount(email);
        Reply asked = visitors.postForm("/login/code", form.cookiePair(), "csrf_token=" + form.csrfToken() + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&return_to=" + encoded);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).as("the code form carries it on").contains("name=\"return_to\" value=\""
                + returnTo.replace("&", "&amp;").replace("=", "&#61;") + "\"");
        APP.mail().awaitMailTo(email, mailed + 1);

        Reply signedIn = visitors.postForm("/login/code/verify", form.cookiePair(), "csrf_token=" + form.csrfToken()
                + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&code="
                + APP.mail().mailedCode(email, mailed + 1) + "&return_to=" + encoded);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo(returnTo);
    }

    @Test
    void theSignInPageKeepsOnlyAnAllowedReturnToInItsForm() {
        String allowed = api.get("/login?return_to=" + URLEncoder.encode(APP_ORIGIN + "/x", StandardCharsets.UTF_8)).body();
        String hostile = api.get("/login?return_to=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8))
                .body();

        assertThat(allowed).contains("name=\"return_to\" value=\"" + APP_ORIGIN + "/x\"");
        assertThat(hostile).doesNotContain("return_to").doesNotContain("evil.example");
    }

    @Test
    void onlyTheConfiguredAppsPagesMayPostFromAnotherOrigin() {
        Visitors.Account account = visitors.newAccount("fwd-origin");
        Reply foreign = api.send("POST", "/logout", "application/x-www-form-urlencoded",
                "csrf_token=" + account.csrfToken(), "Cookie", account.cookiePair(), "Origin", "https://evil.example");
        Reply withoutToken = api.send("POST", "/logout", "application/x-www-form-urlencoded", "return_to=x",
                "Cookie", account.cookiePair(), "Origin", APP_ORIGIN);

        Reply otherForm = api.send("POST", "/account/sessions/revoke-others", "application/x-www-form-urlencoded",
                "csrf_token=" + account.csrfToken(), "Cookie", account.cookiePair(), "Origin", APP_ORIGIN);
        Reply otherApi = api.send("DELETE", "/api/session", null, null, "Cookie", account.cookiePair(),
                "X-CSRF-Token", account.csrfToken(), "Origin", APP_ORIGIN);

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(withoutToken.status()).as("the app's origin still needs the session's CSRF token").isNotEqualTo(303);
        assertThat(otherForm.status()).as("an app's page may post the sign-out form and nothing else").isEqualTo(403);
        assertThat(otherForm.body()).contains("cross-origin-refused");
        assertThat(otherApi.status()).isEqualTo(403);
        assertThat(otherApi.body()).contains("cross-origin-refused");
        assertThat(api.get("/api/session", cookie(account.cookiePair())).status()).as("still signed in").isEqualTo(200);
    }

    private static String fields(String csrfToken, String email, String returnTo) {
        return "csrf_token=" + csrfToken + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
