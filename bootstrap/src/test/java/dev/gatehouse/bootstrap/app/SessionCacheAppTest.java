package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.domain.session.SessionToken;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The session cache on one node, with a ttl long enough that only an eviction can explain a token
 * refused at once: every way a session ends or its account changes is refused at the very next
 * request, each after a request that put the session in the cache.
 */
class SessionCacheAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "purple elephant marching quietly";
    private static final Duration TTL = Duration.ofSeconds(5);

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("sessions.cacheTtl", TTL.toSeconds() + "s"));

    private static TestHttpClient api;

    @BeforeAll
    static void client() {
        api = APP.api();
    }

    private record Account(String id, String email, String token) {
    }

    private static Account signedIn(String email) {
        Reply reply = api.logIn(email, PASSWORD, false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) reply.json().get("user");
        return new Account((String) user.get("id"), email, (String) reply.json().get("token"));
    }

    private static Account registeredAndSignedIn() {
        String email = uniqueEmail("cached");
        api.registeredAndProven(email, PASSWORD);
        return signedIn(email);
    }

    private static Account admin() {
        String email = uniqueEmail("admin");
        api.registeredAndProven(email, PASSWORD);
        APP.promoteToAdmin(email);
        return signedIn(email);
    }

    /** Checked twice, so the second answer came from the cache if anything did. */
    private static void cached(Account account) {
        assertThat(api.get("/api/session", bearer(account.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/session", bearer(account.token())).status()).isEqualTo(200);
    }

    private static int check(Account account) {
        return api.get("/api/session", bearer(account.token())).status();
    }

    @Test
    void answersFromTheCacheUntilTheTtlWhenTheRowGoesBehindItsBack() {
        Account account = registeredAndSignedIn();
        cached(account);
        String hash = SessionToken.parse(account.token()).orElseThrow().hash().hex();

        int deleted = APP.database().jdbi().withHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE token_hash = :hash").bind("hash", hash).execute());

        assertThat(deleted).isEqualTo(1);
        assertThat(check(account)).as("still cached").isEqualTo(200);
        await().atMost(TTL.plusSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> check(account) == 401);
    }

    @Test
    void loggingOutIsRefusedAtTheNextRequest() {
        Account account = registeredAndSignedIn();
        cached(account);

        assertThat(api.delete("/api/session", bearer(account.token())).status()).isEqualTo(204);

        assertThat(check(account)).isEqualTo(401);
    }

    @Test
    void revokingAnotherOwnSessionIsRefusedAtItsNextRequest() {
        Account first = registeredAndSignedIn();
        Account second = signedIn(first.email());
        cached(second);
        String secondId = api.get("/api/sessions", bearer(first.token())).jsonArray().stream()
                .filter(session -> Boolean.FALSE.equals(session.get("current")))
                .map(session -> (String) session.get("id"))
                .findFirst().orElseThrow();

        assertThat(api.delete("/api/sessions/" + secondId, bearer(first.token())).status()).isEqualTo(204);

        assertThat(check(second)).isEqualTo(401);
        assertThat(check(first)).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereElseIsRefusedAtOnceAndKeepsThisSession() {
        Account here = registeredAndSignedIn();
        Account elsewhere = signedIn(here.email());
        cached(here);
        cached(elsewhere);

        assertThat(api.delete("/api/sessions/others", bearer(here.token())).status()).isEqualTo(200);

        assertThat(check(elsewhere)).isEqualTo(401);
        assertThat(check(here)).isEqualTo(200);
    }

    @Test
    void disablingIsRefusedAtTheNextRequest() {
        Account admin = admin();
        Account target = registeredAndSignedIn();
        cached(target);

        assertThat(api.send("POST", "/api/admin/users/" + target.id() + "/disable", null, null,
                bearer(admin.token())).status()).isEqualTo(200);

        assertThat(check(target)).isEqualTo(401);
    }

    @Test
    void aRoleChangeIsRefusedAtTheNextRequestAndTheNewRoleHoldsAtOnce() {
        Account admin = admin();
        Account target = registeredAndSignedIn();
        cached(target);

        Reply changed = api.send("PUT", "/api/admin/users/" + target.id() + "/roles", "application/json",
                "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token()));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(check(target)).isEqualTo(401);
        Account again = signedIn(target.email());
        assertThat(api.get("/api/admin/users", bearer(again.token())).status()).isEqualTo(200);
    }

    @Test
    void anAdminsSignOutEverywhereIsRefusedAtTheNextRequest() {
        Account admin = admin();
        Account target = registeredAndSignedIn();
        cached(target);

        assertThat(api.delete("/api/admin/users/" + target.id() + "/sessions", bearer(admin.token())).status())
                .isEqualTo(200);

        assertThat(check(target)).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAtTheNextRequest() {
        Account here = registeredAndSignedIn();
        Account elsewhere = signedIn(here.email());
        cached(elsewhere);

        Reply changed = api.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}",
                bearer(here.token()));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(check(elsewhere)).isEqualTo(401);
        assertThat(check(here)).isEqualTo(200);
    }
}
