package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The password-account slice end to end: real HTTP, real filters, real Argon2id, real MySQL protocol. */
class PasswordAccountsAppTest {

    private static final String PASSWORD = "correct horse battery staple";

    /** Registration's 201 and 409 are what this class tests: the mode that lets unproven addresses sign in. */
    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("registration.requireVerifiedEmail", "false"));

    private static TestHttpClient api;

    @BeforeAll
    static void client() {
        api = APP.api();
    }

    @Test
    void registersWithNormalisedEmailAndTheUserRole() {
        String email = uniqueEmail("user");

        Reply response = api.register("  " + email.toUpperCase() + " ", PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).containsEntry("email", email).containsEntry("roles", List.of("user"))
                .containsEntry("active", true).containsKeys("id", "createdAt");
        assertThat(response.body()).doesNotContain("argon2").doesNotContain(PASSWORD);
    }

    @Test
    void theSameAddressTypedDifferentlyIs409() {
        String email = uniqueEmail("user");
        api.register(email, PASSWORD);

        Reply response = api.register(email.toUpperCase(), PASSWORD);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void concurrentRegistrationsOfOneAddressGiveOne201AndOtherwise409NeverA500() {
        String email = uniqueEmail("user");

        List<Integer> statuses = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.register(email, PASSWORD).status()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    }

    @Test
    void commonOrContextualPasswordsAreRefusedWithReasons() {
        Reply contextual = api.register("gatehouse-fan@example.org", "Gatehouse-fan@example.org!");
        assertThat(contextual.status()).isEqualTo(422);
        assertThat(contextual.body()).contains("\"password\"").contains("email address or the service name");

        Reply common = api.register(uniqueEmail("user"), "qwertyuiopasdfghjkl");
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body()).contains("too common");
    }

    @Test
    void signsInWithBearerTokenAndCookieAlike() {
        String email = uniqueEmail("user");
        api.register(email, PASSWORD);

        Reply signedIn = api.logIn(email, PASSWORD, false);

        assertThat(signedIn.status()).isEqualTo(201);
        Map<String, Object> body = signedIn.json();
        Reply byBearer = api.get("/api/session", bearer((String) body.get("token")));
        assertThat(byBearer.status()).isEqualTo(200);
        assertThat(byBearer.json().get("csrfToken")).isEqualTo(body.get("csrfToken"));
        assertThat(byBearer.header("Cache-Control")).isEqualTo("no-store");
        Reply byCookie = api.get("/api/users/me", cookie(signedIn.cookiePair()));
        assertThat(byCookie.status()).isEqualTo(200);
        assertThat(byCookie.json()).containsEntry("email", email).extractingByKey("lastLoginAt").isNotNull();
    }

    @Test
    void sessionCookieHasTheContractAttributes() {
        String email = uniqueEmail("user");
        api.register(email, PASSWORD);

        Reply plain = api.logIn(email, PASSWORD, false);
        Reply remembered = api.logIn(email, PASSWORD, true);

        assertThat(plain.sessionSetCookie())
                .startsWith("__Host-gh_session=").contains("; Path=/").contains("; Secure").contains("; HttpOnly")
                .contains("; SameSite=Lax").doesNotContain("Max-Age").doesNotContain("Domain");
        assertThat(remembered.sessionSetCookie()).contains("; Max-Age=2592000;");
        assertThat(plain.cookiePair()).isNotEqualTo(remembered.cookiePair());
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        String email = uniqueEmail("user");
        api.register(email, PASSWORD);

        Reply unknown = api.logIn(uniqueEmail("user"), PASSWORD, false);
        Reply wrong = api.logIn(email, "not the right password at all", false);

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body()).contains("Email or password are incorrect");
        assertThat(unknown.headers().keySet()).isEqualTo(wrong.headers().keySet());
    }

    @Test
    void logoutKillsTheTokenServerSideAtOnce() {
        String token = (String) api.registeredAndSignedIn(uniqueEmail("user"), PASSWORD).get("token");

        Reply logout = api.delete("/api/session", bearer(token));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.sessionSetCookie()).contains("Max-Age=0");
        assertThat(api.get("/api/session", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void cookieAuthenticatedLogoutNeedsTheCsrfToken() {
        String email = uniqueEmail("user");
        api.register(email, PASSWORD);
        Reply signedIn = api.logIn(email, PASSWORD, false);
        String cookie = signedIn.cookiePair();
        String csrfToken = (String) signedIn.json().get("csrfToken");

        assertThat(api.delete("/api/session", cookie(cookie)).status()).isEqualTo(403);
        assertThat(api.get("/api/session", cookie(cookie)).status()).isEqualTo(200);
        assertThat(api.delete("/api/session", "Cookie", cookie, "X-CSRF-Token", csrfToken).status()).isEqualTo(204);
        assertThat(api.get("/api/session", cookie(cookie)).status()).isEqualTo(401);
    }

    @Test
    void listsOwnSessionsOnlyAndRevokesOneOfThem() {
        String email = uniqueEmail("user");
        api.register(email, PASSWORD);
        String first = (String) api.logIn(email, PASSWORD, false).json().get("token");
        String second = (String) api.logIn(email, PASSWORD, false).json().get("token");
        String stranger = (String) api.registeredAndSignedIn(uniqueEmail("user"), PASSWORD).get("token");

        List<Map<String, Object>> sessions = api.get("/api/sessions", bearer(first)).jsonArray();
        assertThat(sessions).hasSize(2);
        assertThat(sessions).filteredOn(s -> Boolean.TRUE.equals(s.get("current"))).hasSize(1);
        String secondId = sessions.stream().filter(s -> Boolean.FALSE.equals(s.get("current")))
                .findFirst().orElseThrow().get("id").toString();

        assertThat(api.delete("/api/sessions/" + secondId, bearer(stranger)).status()).isEqualTo(404);
        assertThat(api.delete("/api/sessions/" + secondId, bearer(first)).status()).isEqualTo(204);
        assertThat(api.get("/api/session", bearer(second)).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(first)).status()).isEqualTo(200);
    }

    @Test
    void badBodiesAreAnswered4xxWithProblemDocuments() {
        Map<String, Reply> replies = Map.of(
                "malformed JSON", api.send("POST", "/api/users", "application/json", "{\"email\":"),
                "form body", api.send("POST", "/api/sessions", "application/x-www-form-urlencoded", "email=a"),
                "no body", api.send("POST", "/api/sessions", "application/json", null),
                "1 MB password", api.register(uniqueEmail("user"), "p".repeat(1024 * 1024)),
                "1025 code points", api.register(uniqueEmail("user"), "p".repeat(1025)),
                "SQL in the email", api.register("x' OR '1'='1@example.org; DROP TABLE users; --", PASSWORD),
                "SQL in the password", api.logIn(uniqueEmail("user"), "' OR 1=1; DROP TABLE users; --", false),
                "SQL in a session id", api.delete("/api/sessions/1%20OR%201=1", bearer("x".repeat(43))));

        replies.forEach((what, reply) -> {
            assertThat(reply.status()).as(what).isBetween(400, 499);
            assertThat(reply.contentType()).as(what).isEqualTo("application/problem+json");
            assertThat(reply.body()).as(what)
                    .doesNotContain("Exception").doesNotContain("dev.gatehouse").doesNotContain("SQL");
        });
        assertThat(replies.get("1 MB password").status()).isEqualTo(413);
        assertThat(replies.get("1025 code points").status()).isEqualTo(422);
        assertThat(replies.get("form body").status()).isEqualTo(415);
        assertThat(replies.get("malformed JSON").status()).isEqualTo(400);
    }

    @Test
    void rolesOrIdsSentAtRegistrationHaveNoEffect() {
        String forcedId = UUID.randomUUID().toString();

        Reply reply = api.postJson("/api/users", Map.of("email", uniqueEmail("user"), "password", PASSWORD,
                "roles", List.of("admin"), "id", forcedId, "active", false));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json()).containsEntry("roles", List.of("user")).containsEntry("active", true);
        assertThat(reply.json().get("id")).isNotEqualTo(forcedId);
    }

    @Test
    void databaseHealthCheckIsHealthy() {
        Reply health = new TestHttpClient(APP.adminPort()).get("/healthcheck");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"");
    }
}
