package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wiring of the browser pages in the real app: assets served offline, headers, and a form post over HTTP. */
class BrowserPagesAppTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf_token\" value=\"([A-Za-z0-9_-]+)\"");

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("codes.keyFile", () -> System.getProperty("java.io.tmpdir") + "/gh-test-keys/"
                    + UUID.randomUUID() + ".key"));

    private static TestHttpClient http;

    @BeforeAll
    static void client() {
        http = APP.api();
    }

    @Test
    void servesHtmxAndPicoFromTheirWebjarsWithNosniffAndLongCaching() {
        Reply htmx = http.get("/webjars/htmx.org/2.0.7/dist/htmx.min.js");
        Reply pico = http.get("/webjars/picocss__pico/2.1.1/css/pico.classless.min.css");

        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.contentType()).contains("javascript");
        assertThat(htmx.body()).contains("htmx");
        assertThat(htmx.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(htmx.header("Cache-Control")).contains("immutable");
        assertThat(pico.status()).isEqualTo(200);
        assertThat(pico.contentType()).startsWith("text/css");
    }

    @Test
    void servesOurOwnScriptAndStylesheet() {
        Reply script = http.get("/static/gatehouse.js");
        Reply stylesheet = http.get("/static/gatehouse.css");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("htmx:afterSwap");
        assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(http.get("/static/layout.mustache").status()).as("templates are not static files").isEqualTo(404);
    }

    @Test
    void pagesGetThePageCspAndTheApiKeepsItsOwn() {
        Reply home = http.get("/");
        Reply api = http.get("/api/session");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).isEqualTo("application/problem+json");
        assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void logoutByGetIs405() {
        assertThat(http.get("/logout").status()).isEqualTo(405);
    }

    @Test
    void aPlainFormPostRegistersAndSignsInWithThePreSessionToken() {
        Reply form = http.get("/register");
        String preSession = form.setCookiePair("__Host-gh_presession");
        String csrfToken = csrfToken(form.body());
        String email = uniqueEmail("page");
        String fields = "email=" + email + "&password=correct+horse+battery+staple&csrf_token=" + csrfToken;

        Reply forged = http.send("POST", "/register", "application/x-www-form-urlencoded", fields.replace(csrfToken, "x"),
                "Cookie", preSession);
        Reply registered = http.send("POST", "/register", "application/x-www-form-urlencoded", fields, "Cookie", preSession);
        APP.addressProver().prove(http, email, null);
        Reply signedIn = http.send("POST", "/login", "application/x-www-form-urlencoded", fields, "Cookie", preSession);

        assertThat(preSession).startsWith("__Host-gh_presession=");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(registered.status()).isEqualTo(303);
        assertThat(registered.header("Location")).endsWith("/login/code?registered&email=" + email.replace("@", "%40"));
        assertThat(registered.setCookie("__Host-gh_registration")).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/dashboard");
        Reply dashboard = http.get("/dashboard", "Cookie", signedIn.cookiePair());
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.header("Cache-Control")).isEqualTo("no-store");
        assertThat(dashboard.body()).contains(email);
    }

    private static String csrfToken(String page) {
        Matcher matcher = CSRF_FIELD.matcher(page);
        assertThat(matcher.find()).as("csrf_token field").isTrue();
        return matcher.group(1);
    }
}
