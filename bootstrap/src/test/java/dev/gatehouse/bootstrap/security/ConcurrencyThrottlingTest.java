package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static dev.gatehouse.bootstrap.security.Visitors.newClientAddress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guessing throttles under bursts (ASVS 5.0 6.3.1, 6.1.1): while a key waits nothing is
 * judged, however many requests arrive at once. The loopback is a trusted proxy here, so each test
 * speaks as a client address of its own ({@code X-Forwarded-For}), and the per-client throttle is
 * back at its shipped policy (20 free failures, then doubling waits) instead of the suite's wide one.
 */
class ConcurrencyThrottlingTest {

    private static final int FREE_PER_ACCOUNT = 5;
    private static final int FREE_PER_CLIENT = 20;
    private static final int SLACK = 1;
    private static final String OVERLONG = "x".repeat(1025);

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("throttling.policies.sign-in-failures/client.freeAttempts", String.valueOf(FREE_PER_CLIENT)),
            ConfigOverride.config("throttling.policies.sign-in-failures/client.maxPerWindow", "300"));

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static Reply signIn(String client, String email, String password, String... cookie) {
        String[] headers = cookie.length == 0
                ? new String[] {"X-Forwarded-For", client}
                : new String[] {"X-Forwarded-For", client, "Cookie", cookie[0]};
        return http.postJson("/api/sessions", Map.of("email", email, "password", password, "rememberMe", false), headers);
    }

    @RepeatedTest(5)
    void asvs_6_3_1_thirtyWrongPasswordsAtOnceAreJudgedNoMoreThanTheFreeAttempts() {
        String email = visitors.registered("burst-guess");
        String client = newClientAddress();

        Burst.Outcome burst = Burst.of(30, i -> signIn(client, email, "wrong guess number " + i));

        System.out.println("30 wrong passwords at once for one account: " + burst + ", judged " + burst.count(401)
                + " (free " + FREE_PER_ACCOUNT + ")");
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(401, 429)).isEmpty();
        assertThat(burst.count(401)).as("judged").isLessThanOrEqualTo(FREE_PER_ACCOUNT + SLACK);
        assertThat(burst.withStatus(429)).allSatisfy(reply -> assertThat(reply.header("Retry-After")).isNotBlank());
    }

    @RepeatedTest(5)
    void asvs_6_3_1_overlongPasswordsCostTheClientAsWrongOnesDo() {
        String client = newClientAddress();

        Burst.Outcome burst = Burst.of(30, i -> signIn(client, uniqueEmail("overlong"), OVERLONG));
        Reply normal = signIn(client, uniqueEmail("overlong-after"), "an ordinary length guess");

        System.out.println("30 overlong passwords at once from one client: " + burst + ", then a normal one: "
                + normal.status());
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(422, 429)).isEmpty();
        assertThat(normal.status()).as("the client has spent its free attempts").isEqualTo(429);
        assertThat(normal.header("Retry-After")).isNotBlank();
    }

    @RepeatedTest(5)
    void asvs_6_3_1_guessesAtOnceAcrossUnknownAddressesAreJudgedNoMoreThanTheClientsFreeAttempts() {
        String client = newClientAddress();

        Burst.Outcome burst = Burst.of(30, i -> signIn(client, uniqueEmail("nobody"), "a guess for nobody"));
        // The burst's hashing may outlast the first wait (1 s), so the client may be let in once more,
        // and that one starts a longer wait: of a second burst at most one is judged.
        Burst.Outcome after = Burst.of(10, i -> signIn(client, uniqueEmail("nobody-after"), "a guess for nobody"));

        System.out.println("30 wrong sign-ins at once for unknown addresses from one client: " + burst + ", judged "
                + burst.count(401) + " (free " + FREE_PER_CLIENT + "), then 10 more: " + after);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(401, 429)).isEmpty();
        assertThat(burst.count(401)).as("judged").isLessThanOrEqualTo(FREE_PER_CLIENT + SLACK);
        assertThat(after.serverErrors()).isEmpty();
        assertThat(after.count(401)).as("judged after the burst").isLessThanOrEqualTo(1);
        assertThat(after.count(429)).isGreaterThanOrEqualTo(9);
    }

    @RepeatedTest(5)
    void asvs_6_1_1_aStrangersBurstDoesNotLockTheOwnersRecognisedBrowserOut() {
        String email = visitors.registered("owner");
        String owner = newClientAddress();
        Reply signedIn = signIn(owner, email, PASSWORD);
        String device = signedIn.setCookiePair("__Host-gh_device");
        assertThat(http.delete("/api/session", bearer((String) signedIn.json().get("token"))).status()).isEqualTo(204);
        String stranger = newClientAddress();

        Burst.Outcome burst = Burst.of(8, i -> signIn(stranger, email, "a stranger's guess " + i));
        // The burst's hashing may outlast the address's first wait (1 s); a second burst then lets at
        // most one more guess in, which starts a longer wait: either way the address is shut to strangers.
        Burst.Outcome strangerAfter = Burst.of(4, i -> signIn(stranger, email, "a stranger's later guess " + i));
        Reply ownerAfter = signIn(owner, email, PASSWORD, device);

        System.out.println("a stranger's 8 wrong passwords at once: " + burst + "; the stranger then: "
                + strangerAfter + ", the owner's browser: " + ownerAfter.status());
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(strangerAfter.count(429)).as("the address is throttled for the stranger").isGreaterThanOrEqualTo(3);
        assertThat(ownerAfter.status()).as("the owner's recognised browser").isEqualTo(201);
    }
}
