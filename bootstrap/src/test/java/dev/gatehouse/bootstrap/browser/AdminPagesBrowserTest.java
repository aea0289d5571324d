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
 * The administration pages in a real Chromium, as the "done when" reads: an operator makes
 * an admin (what {@code create-admin} runs), the admin promotes another user in the page and
 * finds it in the audit trail; a plain user is refused everywhere under {@code /admin}.
 */
class AdminPagesBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    @Order(0)
    static final BrowserExtension BROWSERS = new BrowserExtension();

    @RegisterExtension
    @Order(1)
    static final FullAppExtension APP = new FullAppExtension();

    private static Site site(boolean javaScript) {
        return new Site(javaScript ? BROWSERS.open() : BROWSERS.openWithoutJavaScript(), APP);
    }

    /** Registered in the page, then made admin as the {@code create-admin} command does it. */
    private static String registeredAdmin(Site site) {
        String email = uniqueEmail("admin");
        site.register(email, PASSWORD);
        APP.promoteToAdmin(email);
        return email;
    }

    private static WebElement rowOf(Site site, String email) {
        return site.browser().findElement(By.cssSelector("tr[data-user='" + email + "']"));
    }

    @Test
    void anAdminPromotesAUserInThePageAndFindsItInTheAuditTrail() {
        Site user = site(true);
        String userEmail = uniqueEmail("user");
        user.register(userEmail, PASSWORD);
        Site admin = site(true);
        String adminEmail = registeredAdmin(admin);
        admin.signIn(adminEmail, PASSWORD, false);

        admin.browser().findElement(By.linkText("Admin")).click();
        admin.waitForPathStartingWith("/admin/users");
        admin.browser().findElement(By.cssSelector("input[type=search]")).sendKeys(userEmail);
        admin.browser().findElement(By.cssSelector("form[role=search] button")).click();
        admin.waitForPathStartingWith("/admin/users?email=");
        WebElement row = rowOf(admin, userEmail);
        row.findElement(By.cssSelector("input[value=admin]")).click();
        row.findElement(By.xpath(".//button[normalize-space()='Save roles']")).click();
        admin.waitForStale(row);

        assertThat(rowOf(admin, userEmail).findElement(By.cssSelector("input[value=admin]")).isSelected()).isTrue();
        assertThat(admin.path()).startsWith("/admin/users?email=");
        BrowserExtension.save(admin.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/admin-users.png"));
        admin.browser().findElement(By.linkText("Audit trail")).click();
        admin.waitForPathStartingWith("/admin/audit");
        WebElement granted = admin.browser().findElement(By.cssSelector("tr[data-event=role-granted]"));
        assertThat(granted.getText()).contains(adminEmail).contains(userEmail).contains("admin");
        BrowserExtension.save(admin.browser(), BrowserExtension.SCREENSHOTS.resolve("pages/admin-audit.png"));

        // Taking the role away again asks first, in the dialog, naming the role and the account.
        admin.visit("/admin/users?email=" + userEmail);
        WebElement again = rowOf(admin, userEmail);
        again.findElement(By.cssSelector("input[value=admin]")).click();
        again.findElement(By.xpath(".//button[normalize-space()='Save roles']")).click();
        assertThat(admin.question()).isEqualTo("Remove the role admin from " + userEmail + "?");
        admin.confirm();
        admin.waitForStale(again);
        assertThat(rowOf(admin, userEmail).findElement(By.cssSelector("input[value=admin]")).isSelected()).isFalse();
        assertThat(admin.browser().findElement(By.id("flash")).getText()).isEqualTo("Roles saved.");
    }

    @Test
    void withoutJavaScriptAnAdminDisablesAndEnablesAUser() {
        Site user = site(false);
        String userEmail = uniqueEmail("user");
        user.register(userEmail, PASSWORD);
        Site admin = site(false);
        String adminEmail = registeredAdmin(admin);
        admin.signIn(adminEmail, PASSWORD, false);

        admin.visit("/admin/users?email=" + userEmail);
        rowOf(admin, userEmail).findElement(By.xpath(".//button[normalize-space()='Disable']")).click();
        assertThat(admin.question()).startsWith("Disable the account " + userEmail + "?");
        admin.confirm();
        admin.waitForPathStartingWith("/admin/users?email=");
        assertThat(admin.browser().findElement(By.id("flash")).getText()).isEqualTo("The account is disabled and signed out everywhere.");
        assertThat(rowOf(admin, userEmail).getText()).contains("disabled");
        user.submitSignIn(userEmail, "not the password at all", false);
        user.waitForLoginError("Email or password are incorrect");
        user.submitSignIn(userEmail, PASSWORD, false);
        user.waitForLoginError("This account is disabled.");

        rowOf(admin, userEmail).findElement(By.xpath(".//button[normalize-space()='Enable']")).click();
        admin.waitForPathStartingWith("/admin/users?email=");
        assertThat(rowOf(admin, userEmail).getText()).contains("active");
        user.signIn(userEmail, PASSWORD, false);
    }

    @Test
    void aPlainUserIsRefusedEveryAdminPage() {
        Site user = site(true);
        String email = uniqueEmail("user");
        user.register(email, PASSWORD);
        user.signIn(email, PASSWORD, false);

        for (String path : new String[] {"/admin/users", "/admin/audit"}) {
            user.visit(path);
            assertThat(user.heading()).isEqualTo("No access");
        }
        assertThat(user.browser().findElements(By.linkText("Admin"))).isEmpty();
    }
}
