package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Passkeys in a real Chromium with a virtual authenticator (CTAP2, discoverable credentials, user
 * verification that succeeds): one is added on the Account page, and after signing out it signs in
 * without a password. With JavaScript off the passkey buttons are absent and the rest works,
 * removing a passkey included. The relying party is the app's own origin, {@code http://localhost:<port>}
 * (localhost is a secure context), so the port is chosen before the app starts.
 */
class PasskeyPagesBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int PORT = freePort();

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("server.applicationConnectors[0].port", String.valueOf(PORT)),
            ConfigOverride.config("mail.baseUrl", "http://localhost:" + PORT));

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement waitForVisible(Site site, By element) {
        return new WebDriverWait(site.browser(), Duration.ofSeconds(15), Duration.ofMillis(50))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static void screenshot(Site site, String name) {
        BrowserExtension.save(site.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/" + name + ".png"));
    }

    private static VirtualAuthenticator platformAuthenticator(ChromeDriver browser) {
        return browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    @Test
    void aPasskeyAddedOnTheAccountPageSignsInWithoutAPassword() {
        ChromeDriver browser = BROWSERS.open();
        VirtualAuthenticator authenticator = platformAuthenticator(browser);
        Site site = new Site(browser, APP);
        String email = uniqueEmail("passkey-browser");
        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);

        site.visit("/account");
        waitForVisible(site, By.id("passkey-name")).sendKeys("This laptop");
        site.browser().findElement(By.id("passkey-add-button")).click();
        WebElement row = waitForVisible(site, By.cssSelector("#passkeys tr[data-passkey-id]"));
        assertThat(row.getText()).contains("This laptop").contains("Never");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(authenticator.getCredentials().get(0).isResidentCredential()).isTrue();
        site.browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        screenshot(site, "account-passkeys");

        site.signOut();
        waitForVisible(site, By.id("passkey-sign-in-button")).click();
        site.waitForPathStartingWith("/dashboard");

        site.visit("/account");
        assertThat(site.browser().findElement(By.cssSelector("#passkeys tr[data-passkey-id]")).getText())
                .doesNotContain("Never");
        assertThat(site.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void aPasskeyTheSiteDoesNotKnowIsTurnedAwayOnTheSignInPage() {
        ChromeDriver browser = BROWSERS.open();
        platformAuthenticator(browser);
        Site site = new Site(browser, APP);
        String email = uniqueEmail("passkey-removed-browser");
        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);
        site.visit("/account");
        waitForVisible(site, By.id("passkey-add-button")).click();
        waitForVisible(site, By.cssSelector("#passkeys tr[data-passkey-id]"));
        site.browser().findElement(By.cssSelector("#passkeys form button")).click();
        waitForVisible(site, By.id("no-passkeys"));
        site.signOut();

        waitForVisible(site, By.id("passkey-sign-in-button")).click();

        assertThat(waitForVisible(site, By.cssSelector("#passkey-sign-in-errors p")).getText())
                .contains("That passkey was not accepted");
        assertThat(site.path()).startsWith("/login");
    }

    @Test
    void withoutJavaScriptThePasskeyButtonsAreAbsentAndRemovingOneStillWorks() {
        ChromeDriver withScript = BROWSERS.open();
        platformAuthenticator(withScript);
        Site adding = new Site(withScript, APP);
        String email = uniqueEmail("passkey-nojs");
        adding.register(email, PASSWORD);
        adding.signIn(email, PASSWORD, false);
        adding.visit("/account");
        waitForVisible(adding, By.id("passkey-add-button")).click();
        waitForVisible(adding, By.cssSelector("#passkeys tr[data-passkey-id]"));

        Site site = new Site(BROWSERS.openWithoutJavaScript(), APP);
        site.visit("/login");
        assertThat(site.browser().findElement(By.id("passkey-sign-in-button")).isDisplayed()).isFalse();
        site.signIn(email, PASSWORD, false);
        site.visit("/account");
        assertThat(site.browser().findElement(By.id("passkey-add-button")).isDisplayed()).isFalse();
        site.browser().findElement(By.cssSelector("#passkeys form button")).click();

        site.waitForPathStartingWith("/account?done=passkey-removed");
        assertThat(site.pageText()).contains("The passkey is removed").contains("You have no passkey yet.");
    }
}
