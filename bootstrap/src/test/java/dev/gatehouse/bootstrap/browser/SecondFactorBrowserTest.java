package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.crypto.HmacTotpCodes;
import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two-step sign-in in a real Chromium, with htmx and with JavaScript off: setting up an
 * authenticator app on the Account page (QR code, key, first code, recovery codes shown once), then
 * the second step after the password, by the app's code or a recovery code.
 */
class SecondFactorBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension().withMail();

    /** The app's codes for one secret, each step's at most once, as Gatehouse takes them. */
    private static final class App {
        private final TotpSecret secret;
        private long lastStep = Long.MIN_VALUE;

        App(String base32) {
            this.secret = TotpSecret.of(Base32.decode(base32).orElseThrow());
        }

        String next() {
            long current = TotpRules.stepAt(Instant.now());
            long step = Math.max(current, lastStep + 1);
            lastStep = step;
            return new HmacTotpCodes().codeAt(secret, step);
        }

        /** A code none of the steps around now has. */
        String wrong() {
            long now = TotpRules.stepAt(Instant.now());
            for (int candidate = 0; ; candidate++) {
                String code = String.format("%06d", candidate);
                boolean taken = false;
                for (long step = now - 1; step <= now + 2; step++) {
                    taken |= code.equals(new HmacTotpCodes().codeAt(secret, step));
                }
                if (!taken) {
                    return code;
                }
            }
        }
    }

    /** A registered account, signed in, that set up its app on the page: the app and the recovery codes. */
    private record Enrolled(App app, List<String> recoveryCodes) {
    }

    private static Enrolled enrolOnThePage(Site site, String email) {
        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);
        site.visit("/account");
        site.browser().findElement(By.linkText("Two-step sign-in (authenticator app)")).click();
        site.waitForPathStartingWith("/account/second-factor");
        assertThat(site.pageText()).contains("Two-step sign-in is off");
        site.browser().findElement(By.cssSelector("form[action='/account/second-factor/setup'] button")).click();
        site.waitForPathStartingWith("/account/second-factor/setup");

        WebElement qr = site.browser().findElement(By.cssSelector("figure svg"));
        BrowserExtension.save(site.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/second-factor-setup.png"));
        assertThat(qr.getDomAttribute("viewBox")).startsWith("0 0 ");
        App app = new App(site.browser().findElement(By.id("second-factor-secret")).getText());
        site.browser().findElement(By.id("second-factor-confirm-code")).sendKeys(app.next());
        site.browser().findElement(By.cssSelector("form[action='/account/second-factor/confirm'] button")).click();
        site.waitForPathStartingWith("/account/second-factor/confirm");

        List<String> codes = site.browser().findElements(By.cssSelector(".recovery-codes li code")).stream()
                .map(WebElement::getText).toList();
        assertThat(codes).hasSize(10);
        BrowserExtension.save(site.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/second-factor-recovery-codes.png"));
        assertThat(site.pageText()).contains("Two-step sign-in is on");
        return new Enrolled(app, codes);
    }

    private static void secondStep(Site site, String code) {
        WebElement field = site.browser().findElement(By.id("second-factor-code"));
        field.sendKeys(code);
        site.browser().findElement(By.cssSelector("form[action='/login/second-factor'] button[type=submit]")).click();
    }

    @Test
    void withJavaScriptTheSecondStepFollowsThePasswordAndAWrongCodeIsShownInPlace() {
        Site site = new Site(BROWSERS.open(), APP);
        String email = uniqueEmail("totp-page");
        Enrolled enrolled = enrolOnThePage(site, email);
        site.signOut();

        site.submitSignIn(email, PASSWORD, false);
        site.waitForPathStartingWith("/login/second-factor");
        WebElement field = site.browser().findElement(By.id("second-factor-code"));
        assertThat(field.getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(field.getDomAttribute("inputmode")).isEqualTo("numeric");
        BrowserExtension.save(site.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/login-second-factor.png"));
        secondStep(site, enrolled.app().wrong());
        site.waitForFormError("second-factor-errors", "Code not accepted");
        site.browser().findElement(By.id("second-factor-code")).clear();
        secondStep(site, enrolled.app().next());

        site.waitForPathStartingWith("/dashboard");
        assertThat(site.pageText()).contains("You are signed in as " + email);
        assertThat(site.consoleMessages()).noneMatch(message -> message.contains("Refused to"));
    }

    @Test
    void withoutJavaScriptARecoveryCodeSignsInOnce() {
        ChromeDriver browser = BROWSERS.openWithoutJavaScript();
        Site site = new Site(browser, APP);
        String email = uniqueEmail("totp-nojs");
        Enrolled enrolled = enrolOnThePage(site, email);
        site.signOut();

        site.submitSignIn(email, PASSWORD, false);
        site.waitForPathStartingWith("/login/second-factor");
        browser.findElement(By.linkText("Use a recovery code instead")).click();
        site.waitForPathStartingWith("/login/second-factor?recovery=true");
        secondStep(site, enrolled.recoveryCodes().get(0));
        site.waitForPathStartingWith("/dashboard");
        site.signOut();

        site.submitSignIn(email, PASSWORD, false);
        site.waitForPathStartingWith("/login/second-factor");
        browser.findElement(By.linkText("Use a recovery code instead")).click();
        site.waitForPathStartingWith("/login/second-factor?recovery=true");
        secondStep(site, enrolled.recoveryCodes().get(0));
        site.waitForFormError("second-factor-errors", "Code not accepted");
        assertThat(site.path()).as("no session: still the second step").startsWith("/login/second-factor");
    }
}
