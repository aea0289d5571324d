package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.observability.GatehouseMetrics;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What operators see and do on the admin port: Gatehouse's metrics, request ids, and the tasks. */
class OperationsAppTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("codes.pendingAccountMaxAge", "1 second")).withMail();

    private static TestHttpClient api;
    private static TestHttpClient admin;

    @BeforeAll
    static void start() {
        api = APP.api();
        admin = new TestHttpClient(APP.adminPort());
    }

    @SuppressWarnings("unchecked")
    private static long metric(String kind, String name, String field) {
        Map<String, Object> all = (Map<String, Object>) admin.get("/metrics").json().get(kind);
        Map<String, Object> metric = (Map<String, Object>) all.get(name);
        assertThat(metric).as(kind + " " + name).isNotNull();
        return ((Number) metric.get(field)).longValue();
    }

    private static long count(String kind, String name) {
        return metric(kind, name, "count");
    }

    @Test
    void hashingIsTimedForRegistrationAndSignIn() {
        long hashes = count("timers", GatehouseMetrics.PASSWORD_HASH);
        long verifications = count("timers", GatehouseMetrics.PASSWORD_VERIFY);

        String email = uniqueEmail("hash");
        api.registeredAndProven(email, PASSWORD);
        api.logIn(email, PASSWORD, false);
        api.logIn(uniqueEmail("unknown"), PASSWORD, false);

        assertThat(count("timers", GatehouseMetrics.PASSWORD_HASH)).isGreaterThanOrEqualTo(hashes + 1);
        // The unknown address costs a verification too, against a dummy hash.
        assertThat(count("timers", GatehouseMetrics.PASSWORD_VERIFY)).isGreaterThanOrEqualTo(verifications + 2);
    }

    @Test
    void sessionLookupsAreCountedAsFoundOrMissing() {
        String token = (String) api.registeredAndSignedIn(uniqueEmail("lookup"), PASSWORD).get("token");
        long lookups = count("timers", GatehouseMetrics.SESSION_LOOKUP);
        long found = count("meters", GatehouseMetrics.SESSION_LOOKUP_FOUND);
        long missing = count("meters", GatehouseMetrics.SESSION_LOOKUP_MISSING);

        assertThat(api.get("/api/users/me", bearer(token)).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me", bearer("x".repeat(43))).status()).isEqualTo(401);

        assertThat(count("timers", GatehouseMetrics.SESSION_LOOKUP)).isGreaterThanOrEqualTo(lookups + 2);
        assertThat(count("meters", GatehouseMetrics.SESSION_LOOKUP_FOUND)).isGreaterThanOrEqualTo(found + 1);
        assertThat(count("meters", GatehouseMetrics.SESSION_LOOKUP_MISSING)).isGreaterThanOrEqualTo(missing + 1);
    }

    @Test
    void deliveryFailuresAndTheBacklogShowWhileSmtpIsDown() {
        String email = uniqueEmail("outage");
        long failures = count("meters", GatehouseMetrics.MAIL_DELIVERY_FAILURES);
        APP.mail().stop();
        try {
            assertThat(api.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(15)).until(() ->
                    count("meters", GatehouseMetrics.MAIL_DELIVERY_FAILURES) > failures
                            && metric("gauges", GatehouseMetrics.OUTBOX_BACKLOG, "value") >= 1);
        } finally {
            APP.mail().start();
        }
        long sent = count("timers", GatehouseMetrics.MAIL_SEND);

        APP.mail().awaitMailTo(email, 1);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                count("timers", GatehouseMetrics.MAIL_SEND) > sent
                        && metric("gauges", GatehouseMetrics.OUTBOX_BACKLOG, "value") == 0);
    }

    @Test
    void everyResponseCarriesARequestIdAndAWellFormedOneIsKept() {
        Reply generated = api.get("/api/users/me");
        Reply kept = api.get("/api/users/me", "X-Request-Id", "caller-7f3a:span.42_b");
        Reply forged = api.get("/api/users/me", "X-Request-Id", "evil\tINFO forged line");
        Reply huge = api.get("/api/users/me", "X-Request-Id", "a".repeat(129));
        Reply page = api.get("/login");
        Reply missing = api.get("/no-such-page");

        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(kept.header("X-Request-Id")).isEqualTo("caller-7f3a:span.42_b");
        assertThat(forged.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(huge.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(page.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(missing.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(Stream.of(generated, page, missing).map(reply -> reply.header("X-Request-Id")).distinct()).hasSize(3);
    }

    @Test
    void revokeSessionsTaskEndsEverySessionOfTheAccountNamedByEmailOrId() {
        String email = uniqueEmail("stolen");
        Map<String, Object> first = api.registeredAndSignedIn(email, PASSWORD);
        String second = (String) api.logIn(email, PASSWORD, true).json().get("token");
        String bystander = (String) api.registeredAndSignedIn(uniqueEmail("bystander"), PASSWORD).get("token");

        Reply byEmail = admin.send("POST", "/tasks/revoke-sessions?email=" + email.toUpperCase(), null, null);

        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.body()).startsWith("Ended 2 sessions of " + email);
        assertThat(api.get("/api/session", bearer((String) first.get("token"))).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(second)).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(bystander)).status()).isEqualTo(200);

        String again = (String) api.logIn(email, PASSWORD, false).json().get("token");
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) api.get("/api/users/me", bearer(again)).json()).get("id");
        Reply byId = admin.send("POST", "/tasks/revoke-sessions?id=" + id, null, null);
        assertThat(byId.body()).startsWith("Ended 1 sessions of " + email + " (id " + id + ")");
        assertThat(api.get("/api/session", bearer(again)).status()).isEqualTo(401);
    }

    @Test
    void revokeSessionsTaskRefusesUnclearOrUnknownAccountsWithTheReason() {
        Reply nothing = admin.send("POST", "/tasks/revoke-sessions", null, null);
        Reply both = admin.send("POST", "/tasks/revoke-sessions?id=x&email=y@example.org", null, null);
        Reply badId = admin.send("POST", "/tasks/revoke-sessions?id=42", null, null);
        Reply unknown = admin.send("POST", "/tasks/revoke-sessions?email=" + uniqueEmail("nobody"),
                null, null);

        // Dropwizard's task servlet answers every failed task with 500 and the failure's message.
        assertThat(Stream.of(nothing, both, badId, unknown).map(Reply::status)).containsOnly(500);
        assertThat(nothing.body()).contains("either id=<user id> or email=<address>");
        assertThat(both.body()).contains("either id=<user id> or email=<address>");
        assertThat(badId.body()).contains("id must be a user id");
        assertThat(unknown.body()).contains("No account has the email nobody-");
        assertThat(Stream.of(nothing, both, badId, unknown).map(Reply::body)).noneMatch(body -> body.contains("\tat "));
    }

    @Test
    void purgeTaskRemovesWhatHasExpiredNow() {
        String pending = uniqueEmail("never-confirmed");
        assertThat(api.postJson("/api/login-codes", Map.of("email", pending)).status()).isEqualTo(202);

        // The pending account is past its configured age of one second soon; each run reports what it removed.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Reply purged = admin.send("POST", "/tasks/purge-expired", null, null);
            assertThat(purged.status()).isEqualTo(200);
            assertThat(purged.body()).matches("(?s)Purged \\d+ sessions, \\d+ codes, \\d+ code failures, \\d+ pending accounts, \\d+ audit events, "
                + "\\d+ throttle counts, \\d+ pending changes of address\\s*");
            return !purged.body().contains(" 0 pending accounts");
        });
        Integer left = APP.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM users WHERE email = :email").bind("email", pending)
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void theTasksAreListedOnTheAdminPort() {
        assertThat(admin.get("/tasks").body()).contains("purge-expired").contains("revoke-sessions");
    }
}
