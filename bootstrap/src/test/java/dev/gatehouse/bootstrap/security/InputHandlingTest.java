package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input, black-box: SQL injection in every field, oversized and malformed requests, unused
 * methods (ASVS 5.0 1.2.4, 2.2.1, 4.1.4, 16.5.1, 16.5.3). Every answer is a 4xx, never a 5xx, and
 * none shows SQL, a stack trace or a class name.
 */
class InputHandlingTest {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "admin@example.org' --",
            "x'); DROP TABLE users; --", "\" OR \"\"=\"", "1 UNION SELECT password_hash FROM users", "%' OR 1=1 #",
            "\\'; SELECT SLEEP(5); --");
    private static final List<String> INTERNALS = List.of("SQL", "syntax", "Exception", "java.", "jdbi", "at dev.",
            "org.", "mysql", "mariadb", "SELECT");

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient http;
    private static TestHttpClient raw;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        raw = TestHttpClient.unchecked(APP.port());
        visitors = new Visitors(APP);
    }

    private static void assertRefusedCleanly(String what, Reply reply) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isBetween(400, 499);
        for (String internal : INTERNALS) {
            assertThat(reply.body()).as(what).doesNotContainIgnoringCase(internal);
        }
    }

    @Test
    void asvs_1_2_4_sqlInjectionInEveryFieldIsJustData() {
        String email = visitors.registered("injection");
        Account admin = visitors.admin();
        Account ann = visitors.signedIn(email);
        for (String injection : INJECTIONS) {
            String encoded = URLEncoder.encode(injection, StandardCharsets.UTF_8);
            assertRefusedCleanly("email", http.logIn(injection, PASSWORD, false));
            assertRefusedCleanly("password", http.logIn(email, injection, false));
            assertRefusedCleanly("registration", http.register(injection, PASSWORD));
            assertRefusedCleanly("code", http.postJson("/api/login-codes/verify", Map.of("email", email, "code", injection)));
            assertRefusedCleanly("code request", http.postJson("/api/login-codes", Map.of("email", injection)));
            assertRefusedCleanly("session id", raw.delete("/api/sessions/" + encoded, bearer(ann.token())));
            assertRefusedCleanly("user id", raw.send("POST", "/api/admin/users/" + encoded + "/disable", null, null,
                    bearer(admin.token())));
            assertRefusedCleanly("offset", http.get("/api/admin/users?offset=" + encoded, bearer(admin.token())));
            assertRefusedCleanly("bearer token", http.get("/api/session", bearer(injection)));

            Reply search = http.get("/api/admin/users?email=" + encoded, bearer(admin.token()));
            assertThat(search.status()).as("search").isEqualTo(200);
            assertThat(search.json()).as(injection).containsEntry("total", 0);
        }
        Reply intact = http.get("/api/admin/users?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                bearer(admin.token()));
        assertThat(intact.json()).containsEntry("total", 1);
        assertThat(http.get("/api/session", bearer(ann.token())).status()).as("ann is still signed in").isEqualTo(200);
    }

    @Test
    void asvs_2_2_1_oversizedInputIsRefusedWith4xxBeforeAnyWork() {
        String email = visitors.registered("oversized");
        List<Reply> replies = new ArrayList<>();
        replies.add(http.postJson("/api/sessions", "{\"email\":\"" + "a".repeat(70 * 1024) + "\"}"));
        replies.add(http.logIn("a".repeat(250) + "@x.org", PASSWORD, false));
        replies.add(http.logIn(email, "p".repeat(1025), false));
        replies.add(http.register("line\r\nbreak@example.org", PASSWORD));
        replies.add(raw.get("/api/session", "X-Padding", "h".repeat(20 * 1024)));
        replies.add(http.postJson("/api/login-codes/verify", Map.of("email", email, "code", "1".repeat(10_000))));

        assertThat(replies).extracting(Reply::status).containsExactly(413, 422, 422, 422, 431, 422);
        replies.forEach(reply -> assertRefusedCleanly("oversized", reply));
        assertThat(replies).extracting(Reply::contentType).containsOnly("application/problem+json");
        assertThat(http.logIn(email, PASSWORD, false).status()).as("no failure was counted against the account")
                .isEqualTo(201);
    }

    @Test
    void asvs_16_5_1_and_16_5_3_malformedRequestsGetAProblemWithoutInternals() {
        for (Reply reply : List.of(http.postJson("/api/sessions", "{\"email\":"),
                http.postJson("/api/sessions", "[1,2,3]"),
                http.postJson("/api/sessions", "{\"email\":{\"$gt\":\"\"},\"password\":[]}"),
                http.send("POST", "/api/sessions", "text/plain", "email=a"),
                http.send("POST", "/api/sessions", "application/json", "\u0000\u0001garbage"),
                http.get("/api/no/such/thing"))) {
            assertRefusedCleanly("malformed", reply);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void asvs_4_1_4_methodsTheApiDoesNotServeAreRefused() {
        Account ann = visitors.newAccount("methods");

        for (String method : List.of("PATCH", "TRACE", "PUT")) {
            Reply reply = http.send(method, "/pages-and-api".equals(method) ? "/" : "/dashboard", null, null,
                    "Cookie", ann.cookiePair());
            assertThat(reply.status()).as(method).isIn(405, 403);
        }
        assertThat(http.send("TRACE", "/", null, null).status()).isEqualTo(405);
        assertThat(http.send("PATCH", "/logout", null, null).status()).isEqualTo(405);
    }
}
