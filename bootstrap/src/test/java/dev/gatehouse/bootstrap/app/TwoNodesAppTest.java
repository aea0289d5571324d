package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two app instances on one database, as two nodes behind a load balancer without sticky sessions,
 * with the session cache off ({@code sessions.cacheTtl: 0}): whatever one node does to a session or
 * an account holds on the other at the next request, because neither keeps any of it in memory;
 * and the purge, which both schedule, runs once per interval for the pair. With the cache on, the
 * other node learns within a second: {@link TwoCachingNodesAppTest}.
 */
class TwoNodesAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration PURGE_INTERVAL = Duration.ofMillis(400);

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    /**
     * Started and stopped here rather than by Dropwizard's extension support: config overrides are
     * system properties that each app restores to what it found on stopping, so two apps overriding
     * the same keys must stop in the reverse order of starting, or the first app's database URL
     * outlives this class and reaches the next one's configuration.
     */
    static final DropwizardAppExtension<GatehouseConfiguration> NODE_A = TestApps.on(DATABASE, purgeEvery(), noCache());
    static final DropwizardAppExtension<GatehouseConfiguration> NODE_B = TestApps.on(DATABASE, purgeEvery(), noCache());

    private static TestHttpClient a;
    private static TestHttpClient b;

    private static ConfigOverride purgeEvery() {
        return ConfigOverride.config("maintenance.purgeInterval", PURGE_INTERVAL.toMillis() + "ms");
    }

    private static ConfigOverride noCache() {
        return ConfigOverride.config("sessions.cacheTtl", "0s");
    }

    @BeforeAll
    static void start() throws Exception {
        NODE_A.before();
        NODE_B.before();
        assertThat(NODE_A.getLocalPort()).isNotEqualTo(NODE_B.getLocalPort());
        a = new TestHttpClient(NODE_A.getLocalPort())
                .provingAddresses(TestHttpClient.AddressProver.inDatabase(DATABASE.database()));
        b = new TestHttpClient(NODE_B.getLocalPort())
                .provingAddresses(TestHttpClient.AddressProver.inDatabase(DATABASE.database()));
    }

    @AfterAll
    static void stop() {
        NODE_B.after();
        NODE_A.after();
        assertThat(System.getProperty("dw.database.url")).as("override left behind for later tests").isNull();
    }

    /** A signed-in account: its id, and the bearer token, cookie and CSRF token of one session. */
    private record Account(String id, String email, String token, String cookiePair, String csrfToken) {
    }

    private static Account signedIn(TestHttpClient node, String email) {
        Reply reply = node.logIn(email, PASSWORD, false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        Map<String, Object> body = reply.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        return new Account((String) user.get("id"), email, (String) body.get("token"), reply.cookiePair(),
                (String) body.get("csrfToken"));
    }

    /** Registered on one node and signed in on the other. */
    private static Account registeredOnASignedInOnB() {
        String email = uniqueEmail("user");
        a.registeredAndProven(email, PASSWORD);
        return signedIn(b, email);
    }

    /** An administrator, made as an operator would ({@code create-admin}), signed in on node A. */
    private static Account adminOnA() {
        String email = uniqueEmail("admin");
        a.registeredAndProven(email, PASSWORD);
        TestApps.promoteToAdmin(DATABASE, email);
        return signedIn(a, email);
    }

    @Test
    void aSessionStartedOnOneNodeIsValidOnTheOtherByTokenAndByCookie() {
        String email = uniqueEmail("roaming");
        b.registeredAndProven(email, PASSWORD);
        Account onA = signedIn(a, email);

        assertThat(b.get("/api/users/me", bearer(onA.token())).json()).containsEntry("email", email);
        Reply byCookie = b.get("/api/session", cookie(onA.cookiePair()));
        assertThat(byCookie.status()).isEqualTo(200);
        assertThat(byCookie.json()).containsEntry("csrfToken", onA.csrfToken());
    }

    @Test
    void aCookieWriteOnOneNodeCarriesTheCsrfTokenIssuedByTheOther() {
        Account onB = registeredOnASignedInOnB();

        Reply logout = a.send("DELETE", "/api/session", null, null,
                "Cookie", onB.cookiePair(), "X-CSRF-Token", onB.csrfToken());

        assertThat(logout.status()).isEqualTo(204);
        assertThat(b.get("/api/users/me", cookie(onB.cookiePair())).status()).isEqualTo(401);
    }

    @Test
    void loggingOutOnOneNodeEndsTheSessionOnTheOtherAtOnce() {
        Account onB = registeredOnASignedInOnB();
        assertThat(b.get("/api/users/me", bearer(onB.token())).status()).isEqualTo(200);

        assertThat(a.delete("/api/session", bearer(onB.token())).status()).isEqualTo(204);

        assertThat(b.get("/api/users/me", bearer(onB.token())).status()).isEqualTo(401);
    }

    @Test
    void revokingASessionOnOneNodeEndsItOnTheOtherAtOnce() {
        Account first = registeredOnASignedInOnB();
        Account second = signedIn(b, first.email());
        String secondId = b.get("/api/sessions", bearer(first.token())).jsonArray().stream()
                .filter(session -> Boolean.FALSE.equals(session.get("current")))
                .map(session -> (String) session.get("id"))
                .findFirst().orElseThrow();

        assertThat(a.delete("/api/sessions/" + secondId, bearer(first.token())).status()).isEqualTo(204);

        assertThat(b.get("/api/users/me", bearer(second.token())).status()).isEqualTo(401);
        assertThat(b.get("/api/users/me", bearer(first.token())).status()).isEqualTo(200);
    }

    @Test
    void aRoleChangeOnOneNodeEndsTheSessionsOnTheOtherAndTheNewRoleHoldsThere() {
        Account admin = adminOnA();
        Account target = registeredOnASignedInOnB();
        assertThat(b.get("/api/admin/users", bearer(target.token())).status()).isEqualTo(403);

        Reply changed = a.send("PUT", "/api/admin/users/" + target.id() + "/roles", "application/json",
                "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token()));
        assertThat(changed.status()).isEqualTo(200);

        assertThat(b.get("/api/users/me", bearer(target.token())).status()).isEqualTo(401);
        Account again = signedIn(b, target.email());
        assertThat(b.get("/api/admin/users", bearer(again.token())).status()).isEqualTo(200);
    }

    @Test
    void disablingOnOneNodeEndsTheSessionsAndBlocksSignInOnTheOther() {
        Account admin = adminOnA();
        Account target = registeredOnASignedInOnB();

        assertThat(a.send("POST", "/api/admin/users/" + target.id() + "/disable", null, null,
                bearer(admin.token())).status()).isEqualTo(200);

        assertThat(b.get("/api/users/me", bearer(target.token())).status()).isEqualTo(401);
        assertThat(b.logIn(target.email(), PASSWORD, false).status()).as("account-disabled").isEqualTo(403);
    }

    @Test
    void failedSignInsOnBothNodesCountAgainstTheAccountTogether() {
        String email = uniqueEmail("guessed");
        a.registeredAndProven(email, PASSWORD);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add((i % 2 == 0 ? a : b).logIn(email, "wrong guess " + i, false).status());
        }
        Reply throttled = b.logIn(email, PASSWORD, false);

        assertThat(statuses).containsOnly(401);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotNull();
    }

    @Test
    void bothNodesScheduleThePurgeButItRunsOncePerIntervalForThePair() throws InterruptedException {
        long started = System.nanoTime();
        long runsBefore = purgeCount(NODE_A, "runs") + purgeCount(NODE_B, "runs");
        long skippedBefore = purgeCount(NODE_A, "skipped") + purgeCount(NODE_B, "skipped");

        Thread.sleep(PURGE_INTERVAL.multipliedBy(8).toMillis());

        long runs = purgeCount(NODE_A, "runs") + purgeCount(NODE_B, "runs") - runsBefore;
        long skipped = purgeCount(NODE_A, "skipped") + purgeCount(NODE_B, "skipped") - skippedBefore;
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // Two nodes each trying once per interval would purge about twice per interval without the
        // shared turn; with it, runs are at least an interval apart and the other attempts skip.
        assertThat(runs).isBetween(2L, elapsedMillis / PURGE_INTERVAL.toMillis() + 1);
        assertThat(skipped).isPositive();
    }

    /** A node's purge meter ({@code gatehouse.purge.runs} or {@code .skipped}) read from its admin port. */
    @SuppressWarnings("unchecked")
    private static long purgeCount(DropwizardAppExtension<GatehouseConfiguration> node, String meter) {
        Map<String, Object> meters = (Map<String, Object>) new TestHttpClient(node.getAdminPort())
                .get("/metrics").json().get("meters");
        Map<String, Object> purge = (Map<String, Object>) meters.get("gatehouse.purge." + meter);
        return purge == null ? 0 : ((Number) purge.get("count")).longValue();
    }

    @Test
    void eachNodeReportsItsOwnHealthOverTheSharedDatabase() {
        for (DropwizardAppExtension<GatehouseConfiguration> node : List.of(NODE_A, NODE_B)) {
            Reply health = new TestHttpClient(node.getAdminPort()).get("/healthcheck");
            assertThat(health.status()).as(health.body()).isEqualTo(200);
        }
    }
}
