package dev.gatehouse.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /api/docs} in a real browser: Swagger UI renders every operation, with no CSP violation. */
class ApiDocsBrowserTest {

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    @Test
    void swaggerUiShowsTheDocumentsOperationsWithinThePagesPolicy() {
        Site site = new Site(BROWSERS.open(), APP).visit("/api/docs");

        new WebDriverWait(site.browser(), Duration.ofSeconds(20))
                .until(browser -> !browser.findElements(By.cssSelector(".opblock")).isEmpty());

        assertThat(site.browser().findElement(By.cssSelector(".info .title")).getText()).contains("Gatehouse API");
        assertThat(site.browser().findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(element -> element.getAttribute("data-path"))
                .contains("/api/sessions", "/api/login-codes/verify", "/api/docs");
        assertThat(site.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }
}
