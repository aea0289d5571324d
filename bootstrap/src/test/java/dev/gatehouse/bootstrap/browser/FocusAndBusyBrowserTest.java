package dev.gatehouse.bootstrap.browser;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.2's 3:1 for non-text contrast, measured in the page as Chromium draws it, in light and in
 * dark mode: the keyboard focus ring against the page, and the spinner of a busy button against the
 * button; and that a form's button is busy (aria-busy, disabled, spinning) while its request runs.
 */
class FocusAndBusyBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)");

    /** Records the first moment a button turns busy: what it looked like then. */
    private static final String WATCH_BUSY = """
            window.gatehouseBusySeen = null;
            new MutationObserver(function (changes) {
              changes.forEach(function (change) {
                var button = change.target;
                if (window.gatehouseBusySeen || button.getAttribute('aria-busy') !== 'true') { return; }
                var spinner = getComputedStyle(button, '::before');
                var style = getComputedStyle(button);
                window.gatehouseBusySeen = {text: button.textContent.trim(), disabled: button.disabled,
                  spinnerBorder: spinner.borderTopWidth, spinnerColor: spinner.borderTopColor,
                  animation: spinner.animationName, background: style.backgroundColor, opacity: style.opacity};
              });
            }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['aria-busy']});
            """;

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    static void colourScheme(ChromeDriver browser, String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theFocusRingAndABusyButtonContrastAtLeastThreeToOne(String scheme) {
        Site site = new Site(BROWSERS.open(), APP);
        colourScheme(site.browser(), scheme);
        String email = uniqueEmail("focus-" + scheme);
        site.register(email, PASSWORD);
        site.visit("/login");
        site.browser().findElement(By.id("login-email")).sendKeys(email);
        site.browser().findElement(By.id("login-password")).sendKeys("not the password at all");
        site.browser().executeScript("document.getElementById('login-remember').focus();");
        new Actions(site.browser()).sendKeys(Keys.TAB).perform();

        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) site.browser().executeScript("""
                var focused = document.activeElement, style = getComputedStyle(focused);
                return {tag: focused.tagName, style: style.outlineStyle, width: style.outlineWidth,
                  colour: style.outlineColor, page: getComputedStyle(document.documentElement).backgroundColor};
                """);
        assertThat(ring.get("tag")).isEqualTo("BUTTON");
        assertThat(ring.get("style")).isEqualTo("solid");
        assertThat(ring.get("width")).isEqualTo("3px");
        assertThat(contrast((String) ring.get("colour"), (String) ring.get("page")))
                .as("focus ring %s on %s in %s mode", ring.get("colour"), ring.get("page"), scheme).isGreaterThanOrEqualTo(3.0);

        site.browser().executeScript(WATCH_BUSY);
        new Actions(site.browser()).sendKeys(Keys.ENTER).perform();
        site.waitForLoginError("Email or password are incorrect");

        @SuppressWarnings("unchecked")
        Map<String, Object> busy = (Map<String, Object>) site.browser().executeScript("return window.gatehouseBusySeen;");
        assertThat(busy).as("the sign-in button turned busy").isNotNull();
        assertThat(busy.get("text")).isEqualTo("Sign in");
        assertThat(busy.get("disabled")).isEqualTo(true);
        assertThat(busy.get("animation")).isEqualTo("gh-spin");
        assertThat(busy.get("opacity")).isEqualTo("1");
        assertThat(busy.get("spinnerBorder")).isNotEqualTo("0px");
        assertThat(contrast((String) busy.get("spinnerColor"), (String) busy.get("background")))
                .as("spinner %s on %s in %s mode", busy.get("spinnerColor"), busy.get("background"), scheme)
                .isGreaterThanOrEqualTo(3.0);
        assertThat(site.browser().findElement(By.cssSelector("form[action='/login'] button[type=submit]")).isEnabled())
                .as("usable again once the answer came").isTrue();
        assertThat(site.browser().findElements(By.cssSelector("[aria-busy=true]"))).isEmpty();
    }

    /** WCAG's contrast ratio of two opaque CSS colours. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        Matcher rgb = RGB.matcher(colour);
        assertThat(rgb.find()).as("a colour: %s", colour).isTrue();
        assertThat(rgb.group(4) == null || Double.parseDouble(rgb.group(4)) == 1.0).as("opaque: %s", colour).isTrue();
        return 0.2126 * channel(rgb.group(1)) + 0.7152 * channel(rgb.group(2)) + 0.0722 * channel(rgb.group(3));
    }

    private static double channel(String value) {
        double c = Double.parseDouble(value) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
