package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.gatehouse.bootstrap.app.FullAppExtension;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in by emailed code and password reset in a real Chromium, with htmx and with JavaScript
 * off; the codes are read from a real SMTP server (GreenMail) the app mails them to.
 */
class CodePagesBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "purple elephant marching quietly";

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP =
            new FullAppExtension(ConfigOverride.config("codes.resendInterval", "3 seconds")).withMail();

    private static Site site(ChromeDriver browser) {
        return new Site(browser, APP);
    }

    private static String mailedCode(String email, int count) {
        return APP.mail().mailedCode(email, count);
    }

    private static WebElement waitForVisible(Site site, By element) {
        return new WebDriverWait(site.browser(), Duration.ofSeconds(15), Duration.ofMillis(50))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static void screenshot(Site site, String name) {
        BrowserExtension.save(site.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/" + name + ".png"));
    }

    @Test
    void aNewAddressAsksForACodeEntersItInPlaceAndLandsOnTheDashboard() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("code");
        site.visit("/login");
        site.browser().findElement(By.linkText("Sign in with a code instead")).click();
        site.waitForPathStartingWith("/login/code");
        screenshot(site, "login-code");
        site.browser().executeScript("window.gatehouseMarker = 'this page was not reloaded'");

        site.browser().findElement(By.id("code-email")).sendKeys(email);
        site.browser().findElement(By.id("code-send")).click();
        WebElement codeField = waitForVisible(site, By.id("code-code"));

        assertThat(site.browser().findElement(By.id("code-send")).getText()).isEqualTo("Code sent");
        assertThat(site.browser().findElement(By.id("code-send")).isEnabled()).isFalse();
        assertThat(site.browser().findElement(By.id("code-request-errors")).getText())
                .contains("a code is on its way");
        assertThat(site.browser().switchTo().activeElement().getDomAttribute("id")).isEqualTo("code-code");
        assertThat(site.browser().findElement(By.cssSelector("#code-verify input[name=timezone]"))
                .getDomProperty("value")).isNotEmpty();
        assertThat(site.browser().executeScript("return window.gatehouseMarker")).isEqualTo("this page was not reloaded");
        screenshot(site, "login-code-sent");

        String code = mailedCode(email, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        codeField.sendKeys(wrong);
        site.browser().findElement(By.cssSelector("form[action='/login/code/verify'] button[type=submit]")).click();
        new WebDriverWait(site.browser(), Duration.ofSeconds(15)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("code-verify-errors"), "Invalid or expired code"));
        codeField.clear();
        codeField.sendKeys(code);
        site.browser().findElement(By.cssSelector("form[action='/login/code/verify'] button[type=submit]")).click();

        site.waitForPathStartingWith("/dashboard");
        assertThat(site.pageText()).contains("You are signed in as " + email);
        assertThat(site.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"))
                .noneMatch(message -> message.contains("Refused to"));
    }

    @Test
    void withoutJavaScriptTheCodeFormComesAsAPageAndSignsIn() {
        Site site = site(BROWSERS.openWithoutJavaScript());
        String email = uniqueEmail("code");
        site.visit("/login/code");
        site.browser().findElement(By.id("code-email")).sendKeys(email);

        site.browser().findElement(By.id("code-send")).click();
        WebElement codeField = waitForVisible(site, By.id("code-code"));
        assertThat(site.path()).isEqualTo("/login/code");
        assertThat(site.pageText()).contains("a code is on its way");
        assertThat(site.browser().findElement(By.id("code-send")).isEnabled()).isFalse();

        codeField.sendKeys(mailedCode(email, 1));
        site.browser().findElement(By.id("code-remember")).click();
        site.browser().findElement(By.cssSelector("form[action='/login/code/verify'] button[type=submit]")).click();

        site.waitForPathStartingWith("/dashboard");
        assertThat(site.pageText()).contains("You are signed in as " + email).contains("You stay signed in");
    }

    @Test
    void aForgottenPasswordIsResetWithAMailedCode() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("code");
        site.register(email, PASSWORD);
        site.browser().findElement(By.linkText("Forgot your password?")).click();
        site.waitForPathStartingWith("/password/forgot");
        screenshot(site, "password-forgot");

        site.browser().findElement(By.id("forgot-email")).sendKeys(email);
        site.browser().findElement(By.id("forgot-send")).click();
        WebElement codeField = waitForVisible(site, By.id("reset-code"));
        assertThat(site.browser().findElement(By.id("forgot-send")).isEnabled()).isFalse();
        String code = mailedCode(email, 2);
        codeField.sendKeys(code.equals("000000") ? "111111" : "000000");
        site.browser().findElement(By.id("reset-password")).sendKeys(NEW_PASSWORD);
        site.browser().findElement(By.cssSelector("form[action='/password/reset'] button[type=submit]")).click();
        new WebDriverWait(site.browser(), Duration.ofSeconds(15)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("reset-errors"), "Invalid or expired code"));
        assertThat(site.browser().findElement(By.id("reset-password")).getDomProperty("value"))
                .as("a wrong code keeps the new password typed").isEqualTo(NEW_PASSWORD);
        assertThat(site.browser().switchTo().activeElement().getDomAttribute("id")).isEqualTo("reset-code");
        codeField.clear();
        codeField.sendKeys(code);
        screenshot(site, "password-reset");
        site.browser().findElement(By.cssSelector("form[action='/password/reset'] button[type=submit]")).click();

        site.waitForPathStartingWith("/login");
        assertThat(site.pageText()).contains("Password changed; sign in with your new password.");
        site.signIn(email, NEW_PASSWORD, false);
        assertThat(site.pageText()).contains("You are signed in as " + email);
    }

    @Test
    void aNewCodeWaitsOutTheResendIntervalAndTheMailLinkOpensTheCodeField() {
        Site site = site(BROWSERS.open());
        String email = uniqueEmail("resend");
        site.visit("/login/code");
        site.browser().findElement(By.id("code-email")).sendKeys(email);
        site.browser().findElement(By.id("code-send")).click();
        waitForVisible(site, By.id("code-code"));
        mailedCode(email, 1);

        WebElement resend = site.browser().findElement(By.id("code-resend"));
        assertThat(resend.isEnabled()).as("waits out the resend interval").isFalse();
        assertThat(resend.getText()).startsWith("Send a new code (in ");
        assertThat(site.pageText()).contains("A new code is sent at the earliest 3 seconds after the last");
        assertThat(site.browser().findElement(By.linkText("Use another address")).getDomAttribute("href"))
                .isEqualTo("/login/code");
        new WebDriverWait(site.browser(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(resend));
        assertThat(resend.getText()).isEqualTo("Send a new code");
        resend.click();
        String second = mailedCode(email, 2);

        Site fromTheMail = site(BROWSERS.open());
        fromTheMail.visit("/login/code?email=" + email);
        assertThat(fromTheMail.browser().switchTo().activeElement().getDomAttribute("id")).isEqualTo("code-code");
        fromTheMail.browser().switchTo().activeElement().sendKeys(second);
        fromTheMail.browser().findElement(By.cssSelector("form[action='/login/code/verify'] button[type=submit]")).click();
        fromTheMail.waitForPathStartingWith("/dashboard");
    }
}
