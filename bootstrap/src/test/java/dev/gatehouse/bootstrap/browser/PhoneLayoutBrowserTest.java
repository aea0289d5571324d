package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;

/**
 * Every page at a phone's width (390 CSS pixels): nothing reaches beyond the right edge, and every
 * button outside a closed dialog is shown and lies within the viewport, so "Sign out", "End session"
 * and the admin actions can all be reached without scrolling sideways. Signed out, signed in and as
 * an administrator, with a second session and a second account listed so the tables have rows.
 */
class PhoneLayoutBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    static final int PHONE_WIDTH = 390;

    static final List<String> SIGNED_OUT_PAGES = List.of("/", "/register", "/login", "/login/code",
            "/password/forgot", "/password/reset?email=someone%40example.org", "/no/such/page");
    static final List<String> SIGNED_IN_PAGES = List.of("/dashboard", "/account", "/account/sessions",
            "/account/password", "/account/delete", "/articles", "/articles/1", "/no/such/page");
    static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/audit");

    /** Overflow and the buttons beyond the edge or not shown, as the page measures them. */
    private static final String MEASURE = """
            var width = document.documentElement.clientWidth;
            var outside = [];
            document.querySelectorAll('button').forEach(function (button) {
              var dialog = button.closest('dialog');
              if (dialog && !dialog.open) { return; }
              var box = button.getBoundingClientRect();
              var shown = box.width > 0 && box.height > 0 && getComputedStyle(button).visibility !== 'hidden';
              if (!shown || box.left < 0 || box.right > width + 0.5) {
                outside.push(button.textContent.trim() + ' at ' + Math.round(box.left) + '..' + Math.round(box.right));
              }
            });
            return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, outside: outside};
            """;

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    static void phoneSized(Site site) {
        site.browser().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @Test
    void everyPageFitsAPhoneWithEveryButtonInReach() {
        Site other = new Site(BROWSERS.open(), APP);
        String plainUser = uniqueEmail("listed-with-a-long-address-that-must-wrap");
        other.register(plainUser, PASSWORD);
        other.signIn(plainUser, PASSWORD, false);
        Site site = new Site(BROWSERS.open(), APP);
        phoneSized(site);
        String admin = uniqueEmail("phone");
        site.register(admin, PASSWORD);
        APP.promoteToAdmin(admin);
        new Site(BROWSERS.open(), APP).signIn(admin, PASSWORD, true);

        SIGNED_OUT_PAGES.forEach(path -> assertFits(site, path));
        site.signIn(admin, PASSWORD, false);
        SIGNED_IN_PAGES.forEach(path -> assertFits(site, path));
        ADMIN_PAGES.forEach(path -> assertFits(site, path));
        assertFits(site, "/admin/users?email=" + plainUser.substring(0, 20));
    }

    @SuppressWarnings("unchecked")
    private static void assertFits(Site site, String path) {
        site.visit(path);
        site.waitUntil(driver -> Boolean.TRUE.equals(site.browser().executeScript(
                "return !!document.documentElement && document.readyState === 'complete' && !!document.querySelector('h1');")));
        Map<String, Object> measured = (Map<String, Object>) site.browser().executeScript(MEASURE);
        long scrollWidth = ((Number) measured.get("scrollWidth")).longValue();
        long clientWidth = ((Number) measured.get("clientWidth")).longValue();
        assertThat(clientWidth).as("viewport of %s", path).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(scrollWidth).as("width of %s at %d px", path, clientWidth).isLessThanOrEqualTo(clientWidth);
        assertThat((List<String>) measured.get("outside")).as("buttons of %s beyond the edge or hidden", path).isEmpty();
    }
}
