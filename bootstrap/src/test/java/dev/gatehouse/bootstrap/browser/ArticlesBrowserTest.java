package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The metered demo leads somewhere: the index lists all ten, every article says how many free
 * reads are left, and the paywall offers the articles already read and a new session, which a
 * sign-out and sign-in gives (with five fresh reads).
 */
class ArticlesBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    @Test
    void readsDownToThePaywallAndStartsAfreshWithANewSession() {
        Site site = new Site(BROWSERS.open(), APP);
        String email = uniqueEmail("reader");
        site.register(email, PASSWORD);
        site.signIn(email, PASSWORD, false);

        site.browser().findElement(By.linkText("see all ten")).click();
        site.waitForPathStartingWith("/articles");
        assertThat(site.browser().findElements(By.cssSelector("ul.articles li a"))).hasSize(10);
        assertThat(site.pageText()).contains("5 free reads left in this session, of 5.");
        for (int article = 1; article <= 5; article++) {
            site.visit("/articles/" + article);
            assertThat(site.pageText()).contains(article == 5 ? "No free reads left in this session"
                    : (5 - article) + " free read" + (article == 4 ? "" : "s") + " left in this session");
        }
        site.visit("/articles");
        assertThat(site.browser().findElements(By.xpath("//ul[@class='articles']/li[small='read']"))).hasSize(5);

        site.visit("/articles/6");
        assertThat(site.heading()).isEqualTo("Subscribe to read on");
        assertThat(site.pageText()).contains("this is where a subscription would be sold");
        site.browser().findElement(By.xpath("//button[normalize-space()='Sign out to start a new session']")).click();
        site.waitForPathStartingWith("/login");
        site.signIn(email, PASSWORD, false);
        site.visit("/articles/6");

        assertThat(site.heading()).isEqualTo("Hashing with Argon2id");
        assertThat(site.pageText()).contains("4 free reads left in this session, of 5.");
    }
}
