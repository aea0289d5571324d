package dev.gatehouse.bootstrap.browser;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestApps;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser on the Gatehouse site: what a person does there, in the words of the pages. */
final class Site {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver browser;
    private final FullAppExtension app;
    private final String origin;

    Site(ChromeDriver browser, FullAppExtension app) {
        // "localhost", not 127.0.0.1: Chrome treats it as a secure context, so it keeps Secure cookies over http.
        this(browser, app, "http://localhost:" + app.port());
    }

    /** The site as a proxy in front of the app serves it, at {@code origin}. */
    Site(ChromeDriver browser, FullAppExtension app, String origin) {
        this.browser = browser;
        this.app = app;
        this.origin = origin;
    }

    ChromeDriver browser() {
        return browser;
    }

    Site visit(String path) {
        browser.get(origin + path);
        return this;
    }

    String path() {
        String url = browser.getCurrentUrl();
        return url.startsWith(origin) ? url.substring(origin.length()) : url;
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * Registers and proves the address, leaving the browser signed out on the sign-in page, from
     * where the password signs in. With the app's mail the code is entered in this browser, as the
     * registrant would (it signs in and keeps the password; then this signs out); an app without
     * readable mail has the address marked proven in its database.
     */
    void register(String email, String password) {
        submitRegistration(email, password);
        waitForPathStartingWith("/login/code?registered");
        if (app.mailsToTests()) {
            app.mail().awaitMailTo(email, 1);
            browser.findElement(By.id("code-code")).sendKeys(app.mail().mailedCode(email, Math.max(1, app.mail().codeMailCount(email))));
            browser.findElement(By.cssSelector("form[action='/login/code/verify'] button[type=submit]")).click();
            waitForPathStartingWith("/dashboard");
            signOut();
        } else {
            TestApps.markAddressProvenWithoutMail(app.database(), email);
            visit("/login");
        }
    }

    /** Fills in and sends the registration form; where it leads is for the caller to wait for. */
    void submitRegistration(String email, String password) {
        visit("/register");
        browser.findElement(By.id("register-email")).sendKeys(email);
        browser.findElement(By.id("register-password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();
    }

    /** Fills in and sends the sign-in form; where it leads is for the caller to wait for. */
    void submitSignIn(String email, String password, boolean staySignedIn) {
        if (!path().startsWith("/login")) {
            visit("/login");
        }
        WebElement emailField = browser.findElement(By.id("login-email"));
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = browser.findElement(By.id("login-password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        if (staySignedIn) {
            browser.findElement(By.id("login-remember")).click();
        }
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    }

    void signIn(String email, String password, boolean staySignedIn) {
        submitSignIn(email, password, staySignedIn);
        waitForPathStartingWith("/dashboard");
    }

    void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitForPathStartingWith("/login");
    }

    void waitForLoginError(String message) {
        waitForFormError("login-errors", message);
    }

    /** Looks the list up afresh on each poll: the submitted page's own list goes stale when the answer replaces it. */
    void waitForFormError(String errorListId, String message) {
        waitUntil(driver -> {
            try {
                return driver.findElement(By.id(errorListId)).getText().contains(message);
            } catch (WebDriverException reloading) {
                // Between a posted form and the page that answers it, Chromium may report the old node as detached.
                return false;
            }
        });
    }

    void waitForPathStartingWith(String prefix) {
        waitUntil(driver -> path().startsWith(prefix));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** Waits for a page that replaces this one (an htmx redirect reloads the whole page). */
    void waitForStale(WebElement element) {
        waitUntil(gone(element));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /**
     * Like {@link ExpectedConditions#stalenessOf}, which misses one way Chromium reports an element
     * of a page being replaced: "Node with given id does not belong to the document".
     */
    private static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException detached) {
                if (detached.getMessage() != null && detached.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw detached;
            }
        };
    }

    /** Polls often: most waits here are for one local request, and the default half second adds up. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE, POLL).until(condition);
    }

    /** Ends every session listed except this browser's own, with the page's "End session" buttons. */
    void endOtherSessions() {
        visit("/account/sessions");
        By otherSession = By.xpath("//tr[not(@aria-current)]//button[normalize-space()='End session']");
        while (!browser.findElements(otherSession).isEmpty()) {
            WebElement button = browser.findElement(otherSession);
            button.click();
            confirm();
            waitUntil(gone(button));
        }
    }

    static final By OPEN_DIALOG = By.cssSelector("dialog#confirm-dialog[open]");
    static final By CONFIRMATION_PAGE = By.cssSelector("main form.confirm");

    /**
     * Waits for the question a destructive action asks (the dialog with JavaScript, the confirmation
     * page without) and returns its text.
     */
    String question() {
        waitUntil(driver -> !driver.findElements(OPEN_DIALOG).isEmpty() || !driver.findElements(CONFIRMATION_PAGE).isEmpty());
        List<WebElement> dialog = browser.findElements(OPEN_DIALOG);
        return dialog.isEmpty()
                ? browser.findElement(By.id("confirm-question")).getText()
                : browser.findElement(By.id("confirm-dialog-question")).getText();
    }

    /** Answers yes to the question a destructive action asks, in the dialog or on the confirmation page. */
    void confirm() {
        question();
        List<WebElement> dialog = browser.findElements(OPEN_DIALOG);
        if (dialog.isEmpty()) {
            WebElement button = browser.findElement(By.cssSelector("main form.confirm button[type=submit]"));
            button.click();
            waitUntil(gone(button));
        } else {
            browser.findElement(By.id("confirm-dialog-yes")).click();
        }
    }

    /** What the pages wrote to the browser console, CSP violations included, since the last call. */
    List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    int listedSessions() {
        return browser.findElements(By.cssSelector("tbody tr")).size();
    }

    /** The cookies a browser keeps when it is closed and opened again: those with an expiry. */
    Set<Cookie> cookiesThatOutliveTheBrowser() {
        return browser.manage().getCookies().stream().filter(cookie -> cookie.getExpiry() != null)
                .collect(Collectors.toSet());
    }

    /**
     * Puts cookies back as the browser's restored profile would. Added without a domain, so they are
     * host-only like the originals: a {@code __Host-} cookie with a Domain attribute is refused.
     */
    void restore(Set<Cookie> cookies) {
        visit("/");
        for (Cookie cookie : cookies) {
            browser.manage().addCookie(new Cookie.Builder(cookie.getName(), cookie.getValue())
                    .path(cookie.getPath()).expiresOn(cookie.getExpiry()).isSecure(cookie.isSecure())
                    .isHttpOnly(cookie.isHttpOnly()).sameSite(cookie.getSameSite()).build());
        }
    }
}
