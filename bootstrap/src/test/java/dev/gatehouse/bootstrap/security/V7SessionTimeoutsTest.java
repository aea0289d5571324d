package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.GatehouseClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.GatehouseClient;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ASVS 5.0 7.3.1 and 7.3.2, black-box: the server ends idle sessions and sessions past their
 * absolute lifetime, whatever the client does. Durations are cut to seconds for the test (three
 * idle, seven absolute; the shipped defaults are 30 minutes and 12 hours).
 */
class V7SessionTimeoutsTest {

    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final Duration ABSOLUTE = Duration.ofSeconds(7);

    @RegisterExtension
    static final BlackBoxApp APP = new BlackBoxApp(
            ConfigOverride.config("sessions.idleTimeout", IDLE.toSeconds() + " seconds"),
            ConfigOverride.config("sessions.absoluteLifetime", ABSOLUTE.toSeconds() + " seconds"),
            ConfigOverride.config("sessions.lastSeenResolution", "100 milliseconds"));

    private static GatehouseClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.http();
        visitors = APP.visitors();
    }

    private static int sessionStatus(Account account) {
        return http.get("/api/session", bearer(account.token())).status();
    }

    @Test
    void asvs_7_3_1_aSessionUnusedForTheIdleTimeoutIsOver() throws InterruptedException {
        Account ann = visitors.newAccount("idle");

        Thread.sleep(IDLE.plusMillis(1_500).toMillis());

        assertThat(sessionStatus(ann)).isEqualTo(401);
    }

    @Test
    void asvs_7_3_1_and_7_3_2_aSessionInUseOutlivesTheIdleTimeoutButNotItsAbsoluteLifetime() throws InterruptedException {
        Account ann = visitors.newAccount("busy");
        long started = System.nanoTime();

        while (Duration.ofNanos(System.nanoTime() - started).compareTo(ABSOLUTE.minusSeconds(2)) < 0) {
            assertThat(sessionStatus(ann)).as("in use after %d ms", (System.nanoTime() - started) / 1_000_000).isEqualTo(200);
            Thread.sleep(1_000);
        }
        Thread.sleep(ABSOLUTE.plusMillis(500).minus(Duration.ofNanos(System.nanoTime() - started)).toMillis());

        assertThat(sessionStatus(ann)).isEqualTo(401);
    }
}
