package dev.gatehouse.bootstrap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens browsers for a test and closes them after it. When a test fails, every browser it opened
 * first saves a screenshot to {@code target/screenshots/}: this runs right after the test method,
 * before {@code @AfterEach}, while the browsers still show what went wrong.
 *
 * <p>Without chromium the tests fail rather than skip, so a CI machine that lost its browser cannot
 * pass silently; {@code GATEHOUSE_SKIP_BROWSER_TESTS=true} skips them on purpose.
 */
final class BrowserExtension implements BeforeAllCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final List<ChromeDriver> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeFalse(Chromium.skipRequested(),
                Chromium.SKIP_VARIABLE + "=true: browser tests skipped on purpose");
        if (!Chromium.installed()) {
            throw new IllegalStateException("Browser tests need " + Chromium.BINARY + " and " + Chromium.DRIVER
                    + " (Debian: apt-get install chromium chromium-driver); set " + Chromium.SKIP_VARIABLE
                    + "=true to skip them deliberately");
        }
    }

    ChromeDriver open() {
        return open(true);
    }

    ChromeDriver openWithoutJavaScript() {
        return open(false);
    }

    private ChromeDriver open(boolean javaScript) {
        ChromeDriver driver = Chromium.start(javaScript);
        open.add(driver);
        return driver;
    }

    /** Ends a browser the way a person quits one: its session cookies are gone with it. */
    void quit(ChromeDriver driver) {
        open.remove(driver);
        driver.quit();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (int i = 0; i < open.size(); i++) {
            Path target = SCREENSHOTS.resolve(name + (open.size() > 1 ? "-browser" + (i + 1) : "") + ".png");
            try {
                save(open.get(i), target);
            } catch (RuntimeException unavailable) {
                // A screenshot is a diagnostic: it must not hide the test's own failure.
                System.err.println("No screenshot " + target + ": " + unavailable);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        new ArrayList<>(open).forEach(this::quit);
    }

    static void save(ChromeDriver driver, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
