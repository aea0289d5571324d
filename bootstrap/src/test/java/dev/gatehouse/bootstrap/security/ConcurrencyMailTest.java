package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.security.Visitors.newClientAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The resend interval bounds what lands in a mailbox however the requests arrive: of a burst of
 * code requests for one address, each from a client of its own, one code is mailed (ASVS 5.0
 * 15.4.2, check and act as one step). The loopback is a trusted proxy, so each request can speak
 * as another client and no per-client count stops the burst first.
 */
class ConcurrencyMailTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("codes.resendInterval", "30s")).withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    /** How many mails {@code email} has once no more arrive for a second (the outbox is drained). */
    private static int settledMailCount(String email) {
        AtomicInteger seen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> seen.getAndSet(APP.mail().mailCount(email)) == seen.get());
        return seen.get();
    }

    @RepeatedTest(3)
    void asvs_15_4_2_codeRequestsAtOnceForOneAddressMailOneCode() {
        // An address nobody registered: a registration mails a sign-in code of its own, and within the
        // resend interval of that one the burst would mail nothing at all. Self-signup makes the account.
        String email = uniqueEmail("mail-burst");

        Burst.Outcome burst = Burst.of(10, i -> http.postJson("/api/login-codes", Map.of("email", email),
                "X-Forwarded-For", newClientAddress()));
        int mailed = settledMailCount(email);

        System.out.println("10 code requests at once for one address: " + burst + ", mails: " + mailed);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(202, 429)).isEmpty();
        assertThat(mailed).isEqualTo(1);
    }

    @RepeatedTest(3)
    void asvs_15_4_2_resetRequestsAtOnceForOneAddressMailOneCode() {
        String email = visitors.registered("reset-burst");
        int registrationMails = settledMailCount(email);

        Burst.Outcome burst = Burst.of(10, i -> http.postJson("/api/password-resets", Map.of("email", email),
                "X-Forwarded-For", newClientAddress()));
        int mailed = settledMailCount(email) - registrationMails;

        System.out.println("10 reset requests at once for one address: " + burst + ", mails: " + mailed);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(mailed).isEqualTo(1);
    }
}
