package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Apps on sibling hosts ({@code app.example.org} beside {@code login.example.org}): with
 * {@code sessions.cookieDomain} the session cookie is {@code __Secure-gh_session} for the whole
 * domain, which forward authentication for the app's host then sees.
 */
class SharedCookieDomainTest {

    private static final String SHARED = "__Secure-gh_session";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("sessions.cookieDomain", "example.org"),
            ConfigOverride.config("http.returnToOrigins", "https://app.example.org"));

    private static TestHttpClient api;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        api = APP.api();
        visitors = new Visitors(APP);
    }

    @Test
    void signInSetsASecurePrefixedCookieForTheWholeDomainThatForwardAuthAccepts() {
        String email = visitors.registered("shared");
        Reply signedIn = api.logIn(email, PASSWORD, false);

        String setCookie = signedIn.setCookie(SHARED);
        assertThat(setCookie).isNotNull().contains("; Path=/; Domain=example.org").contains("; Secure; HttpOnly; SameSite=Lax");
        assertThat(signedIn.setCookie("__Host-gh_session")).isNull();
        String pair = signedIn.setCookiePair(SHARED);

        Reply checked = api.get("/api/forward-auth", cookie(pair));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.header("X-Gatehouse-Email")).isEqualTo(email);
        assertThat(api.get("/api/forward-auth", cookie(pair.replace(SHARED, "__Host-gh_session"))).status())
                .as("the host-only name is not read any more").isEqualTo(401);

        Reply signedOut = api.send("POST", "/logout", "application/x-www-form-urlencoded",
                "csrf_token=" + signedIn.json().get("csrfToken") + "&return_to=https%3A%2F%2Fapp.example.org%2F",
                "Cookie", pair, "Origin", "https://app.example.org");
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).isEqualTo("https://app.example.org/");
        assertThat(signedOut.setCookie(SHARED)).contains("Domain=example.org").contains("Max-Age=0");
        assertThat(api.get("/api/forward-auth", cookie(pair)).status()).isEqualTo(401);
    }
}
