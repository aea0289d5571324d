package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import dev.gatehouse.bootstrap.security.Visitors.Form;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ASVS 5.0 V3 (web frontend security) and 14.3.2, black-box: the whole app over HTTP only, with
 * the shipped defaults (secure cookies on, no CORS origin allowed). Each test is named after the
 * requirement it checks.
 */
class V3WebFrontendSecurityTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.split("; "));
    }

    @Test
    void asvs_3_3_1_and_3_3_3_cookiesAreSecureAndHostPrefixed() {
        Reply signedIn = http.logIn(visitors.registered("cookies"), PASSWORD, false);
        Reply form = http.get("/login");

        for (String setCookie : List.of(signedIn.setCookie("__Host-gh_session"), signedIn.setCookie("__Host-gh_device"),
                form.setCookie("__Host-gh_presession"))) {
            assertThat(setCookie).as("every cookie is __Host-").startsWith("__Host-");
            assertThat(attributes(setCookie)).as(setCookie).contains("Secure", "Path=/")
                    .noneMatch(attribute -> attribute.startsWith("Domain"));
        }
    }

    @Test
    void asvs_3_3_2_sameSiteFitsEachCookiesPurpose() {
        Reply signedIn = http.logIn(visitors.registered("samesite"), PASSWORD, false);

        assertThat(attributes(signedIn.setCookie("__Host-gh_session"))).contains("SameSite=Lax");
        assertThat(attributes(signedIn.setCookie("__Host-gh_device"))).as("only our own sign-in forms need it")
                .contains("SameSite=Strict");
        assertThat(attributes(http.get("/login").setCookie("__Host-gh_presession"))).contains("SameSite=Lax");
    }

    @Test
    void asvs_3_3_4_theSessionCookieIsHttpOnlyAndABrowserSessionCookieUnlessRemembered() {
        String email = visitors.registered("httponly");
        String plain = http.logIn(email, PASSWORD, false).sessionSetCookie();
        String remembered = http.logIn(email, PASSWORD, true).sessionSetCookie();

        assertThat(attributes(plain)).contains("HttpOnly").noneMatch(attribute -> attribute.startsWith("Max-Age"));
        assertThat(attributes(remembered)).contains("HttpOnly", "Max-Age=" + 30 * 24 * 3600);
    }

    @Test
    void asvs_3_3_5_cookiesStayFarBelowTheBrowserLimit() {
        Reply signedIn = http.logIn(visitors.registered("size"), PASSWORD, true);

        assertThat(signedIn.headers().get("set-cookie")).allSatisfy(setCookie -> assertThat(setCookie.length()).isLessThan(512));
    }

    @Test
    void asvs_3_4_1_strictTransportSecurityForAYearOnPagesAndApi() {
        for (Reply reply : List.of(http.get("/"), http.get("/login"), http.get("/api/session"))) {
            assertThat(reply.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void asvs_3_4_2_aForeignOriginIsRefusedAndGetsNoCorsHeaders() {
        String email = visitors.registered("cors");
        Reply signIn = http.send("POST", "/api/sessions", "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", "Origin", "https://evil.example");
        Reply preflight = http.send("OPTIONS", "/register", null, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");

        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.contentType()).isEqualTo("application/problem+json");
        assertThat(signIn.header("Set-Cookie")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();
    }

    @Test
    void asvs_3_4_3_and_3_4_6_contentSecurityPolicyWithoutInlineScriptsAndNoFraming() {
        Account ann = visitors.newAccount("csp");
        for (Reply reply : List.of(http.get("/"), http.get("/login"), http.get("/register"),
                http.get("/dashboard", cookie(ann.cookiePair())), http.get("/api/session", bearer(ann.token())))) {
            String policy = reply.header("Content-Security-Policy");
            assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
            assertThat(policy).containsAnyOf("script-src 'self'", "default-src 'none'");
        }
    }

    @Test
    void asvs_3_4_4_and_3_4_5_noSniffingAndASameOriginReferrerPolicyEverywhere() {
        for (Reply reply : List.of(http.get("/"), http.get("/login"), http.get("/api/session"), http.get("/no/such/page"),
                http.postJson("/api/sessions", "{not json"))) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void asvs_3_5_1_aCookieAuthenticatedWriteWithoutTheSessionsCsrfTokenIs403() {
        Account ann = visitors.newAccount("csrf");
        Account bob = visitors.newAccount("csrf-other");

        Reply without = http.delete("/api/session", cookie(ann.cookiePair()));
        Reply othersToken = http.delete("/api/session", "Cookie", ann.cookiePair(), "X-CSRF-Token", bob.csrfToken());
        Reply pageWithout = visitors.postForm("/logout", ann.cookiePair(), "");

        assertThat(without.status()).isEqualTo(403);
        assertThat(othersToken.status()).isEqualTo(403);
        assertThat(pageWithout.status()).isEqualTo(403);
        assertThat(http.get("/api/session", cookie(ann.cookiePair())).status()).as("still signed in").isEqualTo(200);
        assertThat(http.delete("/api/session", bearer(bob.token())).status()).as("a bearer token needs none").isEqualTo(204);
    }

    @Test
    void asvs_3_5_1_theSignInFormsAreProtectedAgainstLoginCsrf() {
        String email = visitors.registered("login-csrf");
        Form form = visitors.form("/login");
        String fields = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);

        Reply withoutToken = visitors.postForm("/login", form.cookiePair(), fields);
        Reply withoutCookie = http.send("POST", "/login", "application/x-www-form-urlencoded",
                fields + "&csrf_token=" + form.csrfToken());
        Reply forRegistration = visitors.postForm("/register", form.cookiePair(),
                "email=x%40example.org&password=whatever+it+is+long&csrf_token=forged");

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutCookie.status()).isEqualTo(403);
        assertThat(forRegistration.status()).isEqualTo(403);
        assertThat(List.of(withoutToken, withoutCookie)).allSatisfy(reply -> assertThat(reply.sessionSetCookie()).isNull());
    }

    @Test
    void asvs_3_5_3_signingOutNeedsAPostAndGetCannotChangeState() {
        Account ann = visitors.newAccount("methods");

        assertThat(http.get("/logout", cookie(ann.cookiePair())).status()).isEqualTo(405);
        assertThat(http.send("GET", "/api/admin/users/" + ann.id() + "/disable", null, null, bearer(ann.token())).status())
                .isEqualTo(405);
        assertThat(http.get("/api/session", bearer(ann.token())).status()).as("still signed in").isEqualTo(200);
    }

    /** Whatever {@code next} says, the answer's Location stays on this host (an unsafe one becomes /dashboard). */
    @Test
    void asvs_3_7_2_signInNeverRedirectsOffSite() {
        String email = visitors.registered("redirects");
        for (String next : List.of("//evil.example", "https://evil.example/", "/\\evil.example", "%2F%2Fevil.example",
                "/%2F/evil.example", " //evil.example", "javascript:alert(1)", "/\t/evil.example")) {
            Form form = visitors.form("/login");
            Reply signedIn = visitors.postForm("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
                    form.cookiePair(), "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&csrf_token=" + form.csrfToken()
                            + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));

            assertThat(signedIn.status()).as(next).isEqualTo(303);
            URI location = URI.create(signedIn.header("Location"));
            assertThat(location.getHost()).as(next).isEqualTo("127.0.0.1");
            assertThat(location.getPort()).as(next).isEqualTo(APP.port());
            assertThat(location.getRawPath()).as(next).doesNotStartWith("//").doesNotContain("\\");
        }
    }

    /**
     * A {@code next} that is no valid local URI is dropped when the form is shown and again when it is
     * posted, before the session exists: the person lands on the dashboard, signed in, with or
     * without JavaScript, and never meets a 500 (or, with htmx, a 404 at a broken address).
     */
    @Test
    void asvs_3_7_2_aNextThatIsNoLocalAddressStillSignsInToTheDashboard() {
        String email = visitors.registered("bad-next");
        Reply formWithQuote = http.get("/login?next=/%22");
        assertThat(formWithQuote.status()).isEqualTo(200);
        assertThat(formWithQuote.body()).doesNotContain("name=\"next\"");

        for (String next : List.of("/\"", "/%zz", "/<b>", "/a|b", "/\r\n", "//evil.example", "/\\evil.example",
                "http://x", "/" + "a".repeat(5000))) {
            String encoded = URLEncoder.encode(next, StandardCharsets.UTF_8);
            String fields = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&next=" + encoded;
            Form form = visitors.form("/login?next=" + encoded);
            assertThat(http.get("/login?next=" + encoded).body()).as(next).doesNotContain("name=\"next\"");

            Reply plain = http.send("POST", "/login", "application/x-www-form-urlencoded",
                    fields + "&csrf_token=" + form.csrfToken(), "Cookie", form.cookiePair(), "Accept", "text/html");
            Reply htmx = http.send("POST", "/login", "application/x-www-form-urlencoded",
                    fields + "&csrf_token=" + form.csrfToken(), "Cookie", form.cookiePair(), "HX-Request", "true");

            assertThat(plain.status()).as(next).isEqualTo(303);
            assertThat(URI.create(plain.header("Location")).getRawPath()).as(next).isEqualTo("/dashboard");
            assertThat(http.get("/dashboard", cookie(plain.cookiePair())).status()).as(next).isEqualTo(200);
            assertThat(htmx.status()).as(next).isEqualTo(204);
            assertThat(htmx.header("HX-Redirect")).as(next).isEqualTo("/dashboard");
            assertThat(http.get("/dashboard", cookie(htmx.cookiePair())).status()).as(next).isEqualTo(200);
        }
    }

    @Test
    void asvs_3_7_2_aLocalNextWithAQueryIsFollowed() {
        String email = visitors.registered("good-next");
        String next = "/account/sessions?x=1";
        Form form = visitors.form("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));

        Reply signedIn = visitors.postForm("/login", form.cookiePair(), "email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&csrf_token=" + form.csrfToken()
                + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));

        assertThat(signedIn.status()).isEqualTo(303);
        URI location = URI.create(signedIn.header("Location"));
        assertThat(location.getRawPath() + "?" + location.getRawQuery()).isEqualTo(next);
        assertThat(location.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void asvs_14_3_2_answersCarryingSessionDataAreNeverCached() {
        Account ann = visitors.newAccount("no-store");

        List<Reply> sensitive = List.of(http.logIn(ann.email(), PASSWORD, false), http.get("/api/session", bearer(ann.token())),
                http.get("/api/users/me", bearer(ann.token())), http.get("/dashboard", cookie(ann.cookiePair())),
                http.get("/account/sessions", cookie(ann.cookiePair())));
        assertThat(sensitive).allSatisfy(reply -> assertThat(reply.header("Cache-Control")).isEqualTo("no-store"));
    }
}
