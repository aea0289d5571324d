package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import io.dropwizard.testing.ConfigOverride;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser pages in a real Chromium against the real app and database: with htmx, and with
 * JavaScript off, where every form must work as a plain form post.
 */
class BrowserJourneysTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("codes.keyFile", () -> System.getProperty("java.io.tmpdir") + "/gh-test-keys/"
                    + UUID.randomUUID() + ".key")).withMail();

    private static Site site(ChromeDriver browser) {
        return new Site(browser, APP);
    }

    @Test
    void registersSignsInSeesTheDashboardAndSignsOut() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("ann");

        site.visit("/").browser().findElement(By.linkText("create an account")).click();
        site.submitRegistration(email, PASSWORD);
        site.waitForPathStartingWith("/login/code?registered");
        assertThat(site.pageText()).contains("A code to confirm your address is on its way")
                .contains("Code sent to " + email);
        site.browser().findElement(By.id("code-code")).sendKeys(APP.mail().mailedCode(email, 1));
        site.browser().findElement(By.cssSelector("form[action='/login/code/verify'] button[type=submit]")).click();
        site.waitForPathStartingWith("/dashboard");
        assertThat(site.pageText()).as("the code signed in").contains("You are signed in as " + email);
        site.signOut();
        site.signIn(email, PASSWORD, false);

        assertThat(site.heading()).as("the password chosen at registration was kept").isEqualTo("Dashboard");
        assertThat(site.pageText()).contains("You are signed in as " + email);
        site.signOut();
        assertThat(site.path()).isEqualTo("/login");
        site.visit("/dashboard");
        assertThat(site.path()).isEqualTo("/login?next=%2Fdashboard");
    }

    @Test
    void aWrongPasswordIsShownInPlaceWithoutReloadingThePage() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("ann");
        site.register(email, PASSWORD);
        site.browser().executeScript("window.gatehouseMarker = 'this page was not reloaded'");

        site.submitSignIn(email, "not the password at all", false);
        site.waitForLoginError("Email or password are incorrect");

        assertThat(site.browser().executeScript("return window.gatehouseMarker")).isEqualTo("this page was not reloaded");
        assertThat(site.browser().switchTo().activeElement().getDomAttribute("id")).isEqualTo("login-password");
        assertThat(site.browser().findElement(By.id("login-email")).getDomProperty("value")).isEqualTo(email);
        assertThat(site.browser().findElement(By.id("login-password")).getDomProperty("value")).isEmpty();
        site.submitSignIn(email, PASSWORD, false);
        site.waitForPathStartingWith("/dashboard");
    }

    @Test
    void noPageOrSwapBreaksTheContentSecurityPolicy() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("ann");
        site.visit("/");
        site.register(email, PASSWORD);
        site.submitSignIn(email, "not the password at all", false);
        site.waitForLoginError("Email or password are incorrect");
        site.signIn(email, PASSWORD, false);
        site.visit("/account/sessions");

        // The 401 of the wrong password is logged too: proof that the console is read at all.
        assertThat(site.consoleMessages()).anyMatch(message -> message.contains("401"))
                .noneMatch(message -> message.contains("Content Security Policy"))
                .noneMatch(message -> message.contains("Refused to"));
    }

    @Test
    void withoutJavaScriptRegistersSignsInAndSignsOut() {
        Site site = site(BROWSERS.openWithoutJavaScript());
        String email = uniqueEmail("ann");

        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);
        assertThat(site.pageText()).contains("You are signed in as " + email);
        site.signOut();

        assertThat(site.path()).as("without JavaScript the message's key stays in the address").isEqualTo("/login?done=signed-out");
        assertThat(site.browser().findElement(By.id("flash")).getText()).isEqualTo("You are signed out.");
        site.visit("/account/sessions");
        assertThat(site.path()).isEqualTo("/login?next=%2Faccount%2Fsessions");
    }

    @Test
    void withoutJavaScriptAWrongPasswordComesBackWithTheMessageAndTheEmail() {
        Site site = site(BROWSERS.openWithoutJavaScript());
        String email = uniqueEmail("ann");
        site.register(email, PASSWORD);

        site.submitSignIn(email, "not the password at all", false);
        site.waitForLoginError("Email or password are incorrect");

        assertThat(site.browser().findElement(By.id("login-email")).getDomAttribute("value")).isEqualTo(email);
        assertThat(site.browser().findElement(By.id("login-password")).getDomAttribute("autofocus")).isNotNull();
        site.submitSignIn(email, PASSWORD, false);
        site.waitForPathStartingWith("/dashboard");
    }

    @Test
    void withoutJavaScriptPolicyReasonsAreListedAndTheEmailKept() {
        Site site = site(BROWSERS.openWithoutJavaScript());
        String email = uniqueEmail("ann");
        site.visit("/register");

        site.browser().findElement(By.id("register-email")).sendKeys(email);
        site.browser().findElement(By.id("register-password")).sendKeys("Gatehouse-rocks");
        site.browser().findElement(By.cssSelector("form[action='/register'] button")).click();

        site.waitForFormError("register-errors", "Password must not contain your email address or the service name");
        assertThat(site.browser().findElement(By.id("register-email")).getDomAttribute("value")).isEqualTo(email);
    }

    @Test
    void anonymousVisitorsComeBackToThePageTheyAskedForAfterSigningIn() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("ann");
        site.register(email, PASSWORD);

        site.visit("/account/sessions");
        assertThat(site.path()).isEqualTo("/login?next=%2Faccount%2Fsessions");
        site.submitSignIn(email, PASSWORD, false);

        site.waitForPathStartingWith("/account/sessions");
        assertThat(site.heading()).isEqualTo("Your sessions");
    }

    @Test
    void staySignedInSurvivesABrowserRestart() {
        String email = uniqueEmail("ann");
        ChromeDriver before = BROWSERS.open();
        site(before).register(email, PASSWORD);
        site(before).signIn(email, PASSWORD, true);
        Set<Cookie> kept = site(before).cookiesThatOutliveTheBrowser();
        BROWSERS.quit(before);

        Site after = site(BROWSERS.open());
        after.restore(kept);
        after.visit("/dashboard");

        assertThat(kept).extracting(Cookie::getName).containsExactlyInAnyOrder("__Host-gh_session", "__Host-gh_device");
        assertThat(after.path()).isEqualTo("/dashboard");
        assertThat(after.pageText()).contains("You are signed in as " + email).contains("You stay signed in");
    }

    @Test
    void aPlainSessionEndsWithTheBrowser() {
        String email = uniqueEmail("ann");
        ChromeDriver before = BROWSERS.open();
        site(before).register(email, PASSWORD);
        site(before).signIn(email, PASSWORD, false);
        Set<Cookie> kept = site(before).cookiesThatOutliveTheBrowser();
        BROWSERS.quit(before);

        Site after = site(BROWSERS.open());
        after.restore(kept);
        after.visit("/dashboard");

        assertThat(kept).extracting(Cookie::getName).as("only the device cookie outlives it").containsExactly("__Host-gh_device");
        assertThat(after.path()).isEqualTo("/login?next=%2Fdashboard");
    }

    @Test
    void aSessionEndedFromAnotherBrowserIsSentBackToSignIn() {
        String email = uniqueEmail("ann");
        Site laptop = site(BROWSERS.open());
        laptop.register(email, PASSWORD);
        laptop.signIn(email, PASSWORD, false);
        Site phone = site(BROWSERS.openWithoutJavaScript());
        phone.signIn(email, PASSWORD, false);

        laptop.endOtherSessions();

        assertThat(laptop.listedSessions()).isEqualTo(1);
        phone.visit("/dashboard");
        assertThat(phone.path()).isEqualTo("/login?next=%2Fdashboard");
        laptop.visit("/dashboard");
        assertThat(laptop.heading()).isEqualTo("Dashboard");
    }
}
