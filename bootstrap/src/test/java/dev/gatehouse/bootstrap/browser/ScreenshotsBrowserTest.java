package dev.gatehouse.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screenshots of the documentation, taken afresh by every run: each page in light mode, dark
 * mode and at a phone's width, saved in {@code target/screenshots/pages/}. With
 * {@value #UPDATE_VARIABLE}{@code =true} they are copied into {@code docs/screenshots/}
 * ({@code <page>.png}, {@code <page>-dark.png}, {@code <page>-phone.png}), so the pictures in the
 * README and the docs are always of the pages as they are; and every picture those documents show
 * must be one this test takes, so none is left behind when a page goes or is renamed.
 */
class ScreenshotsBrowserTest {

    static final String UPDATE_VARIABLE = "GATEHOUSE_UPDATE_SCREENSHOTS";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String EMAIL = "ann@example.org";
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern REFERENCE = Pattern.compile("screenshots/([a-z0-9-]+\\.png)");

    private static final List<String> SIGNED_OUT = List.of("home:/", "register:/register", "login:/login",
            "login-code:/login/code?email=" + EMAIL, "password-reset:/password/reset?email=" + EMAIL);
    private static final List<String> SIGNED_IN = List.of("dashboard:/dashboard", "sessions:/account/sessions",
            "account:/account", "second-factor:/account/second-factor", "articles:/articles", "article:/articles/1");
    private static final List<String> ADMIN = List.of("admin-users:/admin/users", "admin-audit:/admin/audit");

    /** The three looks: a name suffix, the window and the colour scheme. */
    private record Look(String suffix, Dimension window, String scheme) {
    }

    private static final List<Look> LOOKS = List.of(
            new Look("", new Dimension(1280, 900), "light"),
            new Look("-dark", new Dimension(1280, 900), "dark"),
            new Look("-phone", new Dimension(PhoneLayoutBrowserTest.PHONE_WIDTH, 844), "light"));

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    @Test
    void takesEveryPageInLightDarkAndPhoneAndTheDocsShowOnlyThose() throws IOException {
        Site phone = new Site(BROWSERS.open(), APP);
        phone.register(EMAIL, PASSWORD);
        APP.promoteToAdmin(EMAIL);
        phone.browser().executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/18.1 Mobile/15E148 Safari/604.1"));
        phone.signIn(EMAIL, PASSWORD, true);
        phone.visit("/articles/1");
        phone.visit("/articles/2");

        List<Path> taken = new ArrayList<>();
        for (Look look : LOOKS) {
            Site site = new Site(BROWSERS.open(), APP);
            site.browser().manage().window().setSize(look.window());
            FocusAndBusyBrowserTest.colourScheme(site.browser(), look.scheme());
            shoot(site, SIGNED_OUT, look, taken);
            site.signIn(EMAIL, PASSWORD, false);
            site.visit("/articles/1");
            shoot(site, SIGNED_IN, look, taken);
            shoot(site, ADMIN, look, taken);
            BROWSERS.quit(site.browser());
        }

        Set<String> names = new TreeSet<>(taken.stream().map(path -> path.getFileName().toString()).toList());
        assertThat(referencedScreenshots()).as("every screenshot the docs show is taken here").isSubsetOf(names);
        if ("true".equalsIgnoreCase(System.getenv(UPDATE_VARIABLE))) {
            Path target = Files.createDirectories(DOCS.resolve("screenshots"));
            for (Path shot : taken) {
                Files.copy(shot, target.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void shoot(Site site, List<String> pages, Look look, List<Path> taken) {
        for (String page : pages) {
            String[] nameAndPath = page.split(":", 2);
            site.visit(nameAndPath[1]);
            Path shot = BrowserExtension.SCREENSHOTS.resolve("pages").resolve(nameAndPath[0] + look.suffix() + ".png");
            saveOnceSettled(site.browser(), shot);
            taken.add(shot);
        }
    }

    /**
     * Chromium now and then refuses a screenshot of a page it has just loaded ("aborted by
     * navigation: Not attached to an active page"); the page is fine a moment later, so one more try.
     */
    private static void saveOnceSettled(ChromeDriver browser, Path shot) {
        try {
            BrowserExtension.save(browser, shot);
        } catch (WebDriverException notAttachedYet) {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
            BrowserExtension.save(browser, shot);
        }
    }

    /** The screenshots the README and the documents under docs/ show. */
    private static Set<String> referencedScreenshots() {
        Set<String> referenced = new TreeSet<>();
        try (Stream<Path> docs = Files.list(DOCS)) {
            List<Path> documents = new ArrayList<>(docs.filter(path -> path.toString().endsWith(".md")).toList());
            documents.add(DOCS.resolveSibling("README.md"));
            for (Path document : documents) {
                Matcher reference = REFERENCE.matcher(Files.readString(document));
                while (reference.find()) {
                    referenced.add(reference.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(referenced).as("the docs show screenshots").isNotEmpty();
        return referenced;
    }
}
