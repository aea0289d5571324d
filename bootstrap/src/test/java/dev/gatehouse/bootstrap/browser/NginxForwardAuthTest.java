package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.proxy.EchoApp;
import dev.gatehouse.bootstrap.proxy.Nginx;
import dev.gatehouse.bootstrap.proxy.NginxRecipe;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Gatehouse in front of another app, behind a real nginx running the recipe of docs/forward-auth.md
 * as it is written: every request here goes through nginx, never to Gatehouse or the app directly
 * (only accounts are set up through Gatehouse's API). Skipped, with a message saying so, where no
 * nginx binary is installed; CI's {@code .ci/run} installs Debian's.
 */
class NginxForwardAuthTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int NGINX_PORT = Nginx.freePort();
    /** "localhost": Chrome keeps the Secure session cookie over plain http there. */
    private static final String ORIGIN = "http://localhost:" + NGINX_PORT;

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("http.returnToOrigins", ORIGIN)).withMail();

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static EchoApp app;
    private static Nginx nginx;

    @BeforeAll
    static void startNginxInFrontOfGatehouseAndTheApp() {
        Optional<Path> binary = Nginx.binary();
        Assumptions.assumeTrue(binary.isPresent(),
                "nginx is not installed (Debian: apt-get install nginx; .ci/run installs it): the forward-auth "
                        + "tests behind nginx are skipped");
        app = EchoApp.start();
        app.servedAt(ORIGIN);
        nginx = Nginx.start(binary.get(), NginxRecipe.withPorts(NGINX_PORT, APP.port(), app.port()), NGINX_PORT);
    }

    @AfterAll
    static void stopThem() {
        if (nginx != null) {
            nginx.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static Site site(ChromeDriver browser) {
        return new Site(browser, APP, ORIGIN);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anonymousVisitorSignsInComesBackToTheAppPageAndSignsOutThere(boolean javaScript) {
        String email = uniqueEmail("fwd");
        APP.api().registeredAndProven(email, PASSWORD);
        Site site = site(javaScript ? BROWSERS.open() : BROWSERS.openWithoutJavaScript());

        site.visit("/app/notes?sort=new&page=2");
        site.waitForPathStartingWith("/login?return_to=");
        assertThat(URLDecoder.decode(site.path(), StandardCharsets.UTF_8))
                .isEqualTo("/login?return_to=" + ORIGIN + "/app/notes?sort=new&page=2");
        site.submitSignIn(email, PASSWORD, false);

        site.waitForPathStartingWith("/app/notes");
        assertThat(site.path()).isEqualTo("/app/notes?sort=new&page=2");
        assertThat(site.browser().findElement(By.id("email")).getText()).isEqualTo(email);
        assertThat(site.browser().findElement(By.id("roles")).getText()).isEqualTo("user");

        site.browser().findElement(By.cssSelector("form[action='/logout'] button")).click();
        site.waitForPathStartingWith("/login");
        assertThat(URLDecoder.decode(site.path(), StandardCharsets.UTF_8))
                .as("signed out, the app's page sends the browser to sign-in at once")
                .isEqualTo("/login?return_to=" + ORIGIN + "/app/");
        site.visit("/app/notes");
        site.waitForPathStartingWith("/login?return_to=");
    }

    @Test
    void onlyAdministratorsReachTheAdminLocation() {
        String plain = uniqueEmail("fwd-plain");
        String admin = uniqueEmail("fwd-admin");
        APP.api().registeredAndProven(plain, PASSWORD);
        APP.api().registeredAndProven(admin, PASSWORD);
        APP.promoteToAdmin(admin);

        HttpResponse<String> refused = throughNginx("/app/admin/", "Cookie", sessionCookieOf(plain));
        HttpResponse<String> admitted = throughNginx("/app/admin/", "Cookie", sessionCookieOf(admin));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(admitted.statusCode()).isEqualTo(200);
        assertThat(admitted.body()).contains(admin).contains("admin,user");
        assertThat(throughNginx("/app/", "Cookie", sessionCookieOf(plain)).statusCode())
                .as("the plain user still reaches the rest of the app").isEqualTo(200);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void registerSignInAndSignOutFormsWorkThroughNginx(boolean javaScript) {
        Site site = site(javaScript ? BROWSERS.open() : BROWSERS.openWithoutJavaScript());
        String email = uniqueEmail("fwd-forms");

        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);
        assertThat(site.pageText()).contains("You are signed in as " + email);
        site.signOut();

        assertThat(site.path()).as("the sign-in page; with JavaScript its ?done= key is dropped once shown")
                .isIn("/login", "/login?done=signed-out");
        assertThat(site.pageText()).contains("You are signed out.");
        assertThat(site.browser().getCurrentUrl()).as("never left nginx").startsWith(ORIGIN);
    }

    @Test
    void forgedGatehouseHeadersNeverReachTheApp() {
        String email = uniqueEmail("fwd-forger");
        APP.api().registeredAndProven(email, PASSWORD);
        String[] forged = {"X-Gatehouse-Email", "boss@example.org", "X-Gatehouse-Roles", "admin",
                "X-Gatehouse-User-Id", "00000000-0000-0000-0000-000000000000"};
        int seenBefore = app.seen().size();

        HttpResponse<String> anonymous = throughNginx("/app/forged", concat(forged, "Accept", "text/html"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().contains("/login?return_to=");
        assertThat(app.seen()).as("an anonymous request never reaches the app").hasSize(seenBefore);

        HttpResponse<String> signedIn = throughNginx("/app/forged", concat(forged, "Cookie", sessionCookieOf(email)));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        EchoApp.Seen reached = app.seen().get(app.seen().size() - 1);
        assertThat(reached.header("X-Gatehouse-Email")).isEqualTo(email);
        assertThat(reached.header("X-Gatehouse-Roles")).isEqualTo("user");
        assertThat(reached.header("X-Gatehouse-User-Id")).isNotEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(throughNginx("/_gatehouse/signed-in").statusCode()).as("the check is internal to nginx")
                .isEqualTo(404);
    }

    private static String sessionCookieOf(String email) {
        return APP.api().logIn(email, PASSWORD, false).cookiePair();
    }

    private static HttpResponse<String> throughNginx(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
