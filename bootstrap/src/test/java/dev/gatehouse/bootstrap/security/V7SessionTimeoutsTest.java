package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
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
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("sessions.idleTimeout", IDLE.toSeconds() + " seconds"),
            ConfigOverride.config("sessions.absoluteLifetime", ABSOLUTE.toSeconds() + " seconds"),
            ConfigOverride.config("sessions.lastSeenResolution", "100 milliseconds"));

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static int sessionStatus(Account account) {
        return http.get("/api/session", bearer(account.token())).status();
    }

    /** Ended by the idle timeout alone: the absolute lifetime is still seconds away when it is refused. */
    @Test
    void asvs_7_3_1_aSessionUnusedForTheIdleTimeoutIsOver() throws InterruptedException {
        Account ann = visitors.newAccount("idle");
        long signedIn = System.nanoTime();

        Thread.sleep(IDLE.plusMillis(1_500).toMillis());
        int status = sessionStatus(ann);

        assertThat(since(signedIn)).as("still within the absolute lifetime").isLessThan(ABSOLUTE.minusSeconds(1));
        assertThat(status).isEqualTo(401);
    }

    /**
     * Used every half second, well within the idle timeout, so that only the absolute lifetime can end it:
     * the refusal comes less than an idle timeout after the last use.
     */
    @Test
    void asvs_7_3_1_and_7_3_2_aSessionInUseOutlivesTheIdleTimeoutAndEndsAtItsAbsoluteLifetime() throws InterruptedException {
        Account ann = visitors.newAccount("busy");
        long signedIn = System.nanoTime();
        long lastUse = signedIn;

        while (since(signedIn).compareTo(ABSOLUTE.minusMillis(700)) < 0) {
            assertThat(sessionStatus(ann)).as("in use after %d ms", since(signedIn).toMillis()).isEqualTo(200);
            lastUse = System.nanoTime();
            Thread.sleep(500);
        }
        Thread.sleep(Math.max(0, ABSOLUTE.plusMillis(300).minus(since(signedIn)).toMillis()));
        Duration idleBeforeTheCheck = since(lastUse);
        int status = sessionStatus(ann);

        assertThat(Duration.ofNanos(lastUse - signedIn)).as("the last use was past the idle timeout").isGreaterThan(IDLE);
        assertThat(idleBeforeTheCheck).as("not ended by idling").isLessThan(IDLE.minusSeconds(1));
        assertThat(status).isEqualTo(401);
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
