package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a person is told after acting, and asked before a destructive action, in a real Chromium
 * with JavaScript and without: the same message in the same status region, the focus moved to it,
 * and a question naming the session before it ends.
 */
class FeedbackBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final By END_OTHER = By.xpath("//tr[not(@aria-current)]//button[normalize-space()='End session']");

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    private static String activeElementId(Site site) {
        return (String) site.browser().executeScript("return document.activeElement && document.activeElement.id;");
    }

    private static String flash(Site site) {
        return site.browser().findElement(By.id("flash")).getText();
    }

    @Test
    void endingASessionAsksInADialogThatCancelsAndConfirmsThenSaysSoWithTheFocusOnTheMessage() {
        Site site = new Site(BROWSERS.open(), APP);
        String email = uniqueEmail("feedback");
        site.register(email, PASSWORD);
        new Site(BROWSERS.open(), APP).signIn(email, PASSWORD, false);
        site.signIn(email, PASSWORD, false);
        site.visit("/account/sessions");
        assertThat(site.listedSessions()).isEqualTo(2);

        site.browser().findElement(END_OTHER).click();
        assertThat(site.question()).startsWith("End the session of ").contains(", signed in ");
        site.browser().findElement(By.cssSelector("#confirm-dialog button[value=cancel]")).click();
        assertThat(site.browser().findElements(Site.OPEN_DIALOG)).isEmpty();
        assertThat(site.listedSessions()).isEqualTo(2);
        assertThat(site.browser().switchTo().activeElement().getText()).isEqualTo("End session");

        WebElement button = site.browser().findElement(END_OTHER);
        button.click();
        site.confirm();
        site.waitForStale(button);

        site.waitUntil(driver -> "flash".equals(activeElementId(site)));
        assertThat(site.listedSessions()).isEqualTo(1);
        assertThat(flash(site)).isEqualTo("The session is ended: that browser is signed out.");
        assertThat(site.path()).as("reloading does not say it again").isEqualTo("/account/sessions");
        assertThat(site.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void withoutJavaScriptTheConfirmationIsAPageNamingTheSessionAndTheMessageIsTheSame() {
        Site site = new Site(BROWSERS.openWithoutJavaScript(), APP);
        String email = uniqueEmail("feedback-nojs");
        site.register(email, PASSWORD);
        new Site(BROWSERS.open(), APP).signIn(email, PASSWORD, false);
        site.signIn(email, PASSWORD, false);
        site.visit("/account/sessions");

        site.browser().findElement(END_OTHER).click();
        site.waitForPathStartingWith("/account/sessions/");
        assertThat(site.heading()).isEqualTo("End a session");
        assertThat(site.question()).startsWith("End the session of ");
        site.browser().findElement(By.linkText("Cancel")).click();
        site.waitForPathStartingWith("/account/sessions");
        assertThat(site.listedSessions()).isEqualTo(2);

        site.browser().findElement(END_OTHER).click();
        site.confirm();
        site.waitForPathStartingWith("/account/sessions?done=session-ended");
        assertThat(site.listedSessions()).isEqualTo(1);
        assertThat(flash(site)).isEqualTo("The session is ended: that browser is signed out.");

        site.signOut();
        assertThat(flash(site)).isEqualTo("You are signed out.");
    }

    @Test
    void signingOutSaysSoWithJavaScriptToo() {
        Site site = new Site(BROWSERS.open(), APP);
        String email = uniqueEmail("feedback-out");
        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);

        site.signOut();

        site.waitUntil(driver -> "flash".equals(activeElementId(site)));
        assertThat(flash(site)).isEqualTo("You are signed out.");
        assertThat(site.path()).isEqualTo("/login");
    }
}
