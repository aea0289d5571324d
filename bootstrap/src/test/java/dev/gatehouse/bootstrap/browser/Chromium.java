package dev.gatehouse.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the Debian chromium through its own chromedriver, both named by path so Selenium Manager
 * never looks for (or downloads) a browser or driver. Headless, quiet (no background networking,
 * component updates or sync), and with a fresh profile each time, so no state leaks between tests.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String SKIP_VARIABLE = "GATEHOUSE_SKIP_BROWSER_TESTS";

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    static boolean skipRequested() {
        return "true".equalsIgnoreCase(System.getenv(SKIP_VARIABLE));
    }

    static ChromeDriver start(boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", Map.of(
                "credentials_enable_service", false,
                "profile.password_manager_enabled", false,
                "profile.password_manager_leak_detection", false,
                "profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        // Console messages, where Chrome reports what the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String freshProfile() {
        try {
            Path profile = Files.createTempDirectory("gatehouse-chromium-");
            profile.toFile().deleteOnExit();
            return profile.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
