package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.observability.GatehouseMetrics;
import dev.gatehouse.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A row lock held elsewhere for longer than every retry: the transaction that waits for it is run
 * again a few times, then the request is answered 503 busy with a short {@code Retry-After}, as
 * problem+json to the API and as an error page to a browser, never 500; once the lock is gone the
 * same request succeeds. The app's connections wait one second for a lock instead of the server's 50.
 */
class LockContentionAppTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("database.properties.sessionVariables", "innodb_lock_wait_timeout=1"));

    private static TestHttpClient api;
    private static TestHttpClient admin;

    @BeforeAll
    static void start() {
        api = APP.api();
        admin = new TestHttpClient(APP.adminPort());
    }

    @Test
    void aLockHeldLongerThanEveryRetryIsABusy503ForTheApiAndAnErrorPageForABrowser() throws Exception {
        String email = uniqueEmail("contended");
        String token = (String) api.registeredAndSignedIn(email, PASSWORD).get("token");
        String sessionCookie = api.logIn(email, PASSWORD, false).cookiePair();
        // Each session's read count is a row of session_data, updated under its row lock.
        assertThat(api.get("/api/articles/1", bearer(token)).status()).isEqualTo(200);
        assertThat(page("/articles/1", sessionCookie).status()).isEqualTo(200);
        long retriesBefore = retries();

        try (Connection holder = connectionTo(APP.database());
             Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.executeQuery("SELECT * FROM session_data FOR UPDATE").close();

            Reply apiReply = api.get("/api/articles/2", bearer(token));
            assertThat(apiReply.status()).isEqualTo(503);
            assertThat(apiReply.contentType()).startsWith("application/problem+json");
            assertThat(apiReply.json()).containsEntry("type", "urn:gatehouse:problem:busy");
            assertThat(apiReply.header("Retry-After")).isEqualTo("1");
            assertThat(retries() - retriesBefore).as("the request's transaction was run again").isGreaterThanOrEqualTo(3);

            Reply pageReply = page("/articles/2", sessionCookie);
            assertThat(pageReply.status()).isEqualTo(503);
            assertThat(pageReply.contentType()).startsWith("text/html");
            assertThat(pageReply.header("Retry-After")).isEqualTo("1");
            assertThat(pageReply.body()).contains("Temporarily unavailable").doesNotContain("Lock wait", "Exception");

            holder.rollback();
        }

        assertThat(api.get("/api/articles/2", bearer(token)).status()).isEqualTo(200);
        assertThat(page("/articles/2", sessionCookie).status()).isEqualTo(200);
    }

    private static Reply page(String path, String sessionCookie) {
        return api.get(path, "Cookie", sessionCookie, "Accept", "text/html,*/*;q=0.8");
    }

    @SuppressWarnings("unchecked")
    private static long retries() {
        Map<String, Object> gauges = (Map<String, Object>) admin.get("/metrics").json().get("gauges");
        Map<String, Object> gauge = (Map<String, Object>) gauges.get(GatehouseMetrics.TRANSACTION_RETRIES);
        assertThat(gauge).as(GatehouseMetrics.TRANSACTION_RETRIES).isNotNull();
        return ((Number) gauge.get("value")).longValue();
    }

    private static Connection connectionTo(TestDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
