package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ASVS 5.0 V8 (authorization) and 15.3.x (fields, mass assignment, client address), black-box. */
class V8AuthorizationTest {

    private static final List<String> USER_FIELDS =
            List.of("id", "email", "emailVerified", "roles", "active", "createdAt", "lastLoginAt", "timezone");

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    @Test
    void asvs_8_2_1_administrationNeedsTheAdminRole() {
        Account ann = visitors.newAccount("plain");
        Account admin = visitors.admin();
        String target = "/api/admin/users/" + ann.id();

        for (String[] call : List.of(new String[] {"GET", "/api/admin/users"}, new String[] {"GET", "/api/admin/audit"},
                new String[] {"POST", target + "/disable"}, new String[] {"DELETE", target + "/sessions"})) {
            assertThat(http.send(call[0], call[1], null, null).status()).as("anonymous " + call[1]).isEqualTo(401);
            assertThat(http.send(call[0], call[1], null, null, bearer(ann.token())).status()).as("user " + call[1])
                    .isEqualTo(403);
        }
        assertThat(http.get("/admin/users", cookie(ann.cookiePair())).status()).isEqualTo(403);
        assertThat(http.get("/admin/users").header("Location")).contains("/login?next=%2Fadmin%2Fusers");
        assertThat(http.get("/api/admin/users", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(http.get("/api/session", bearer(ann.token())).status()).as("nothing happened to ann").isEqualTo(200);
    }

    @Test
    void asvs_8_2_2_anotherPersonsSessionIsAnsweredAsIfItDidNotExist() {
        Account ann = visitors.newAccount("ann");
        Account bob = visitors.newAccount("bob");
        String bobsSession = (String) http.get("/api/sessions", bearer(bob.token())).jsonArray().get(0).get("id");

        Reply foreign = http.delete("/api/sessions/" + bobsSession, bearer(ann.token()));
        Reply unknown = http.delete("/api/sessions/" + UUID.randomUUID(), bearer(ann.token()));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(unknown.body());
        assertThat(http.get("/api/session", bearer(bob.token())).status()).isEqualTo(200);
        assertThat(http.get("/api/sessions", bearer(ann.token())).jsonArray()).extracting(session -> session.get("id"))
                .doesNotContain(bobsSession);
    }

    @Test
    void asvs_8_2_3_and_15_3_1_userAnswersCarryTheDocumentedFieldsAndNoSecret() {
        Account ann = visitors.newAccount("fields");
        Account admin = visitors.admin();

        Map<String, Object> me = http.get("/api/users/me", bearer(ann.token())).json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) http.get(
                "/api/admin/users?email=" + ann.email(), bearer(admin.token())).json().get("items");
        Reply signIn = http.logIn(ann.email(), PASSWORD, false);

        assertThat(me.keySet()).containsExactlyInAnyOrderElementsOf(USER_FIELDS);
        assertThat(listed).singleElement().satisfies(user -> assertThat(user.keySet())
                .containsExactlyInAnyOrderElementsOf(USER_FIELDS));
        assertThat(signIn.body()).doesNotContain("argon2").doesNotContainIgnoringCase("hash").doesNotContain(PASSWORD);
    }

    @Test
    void asvs_8_3_2_aRoleChangeTakesEffectAtOnce() {
        Account admin = visitors.admin();
        Account bob = visitors.newAccount("promoted");

        Reply promoted = http.send("PUT", "/api/admin/users/" + bob.id() + "/roles", "application/json",
                "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token()));

        assertThat(promoted.status()).isEqualTo(200);
        assertThat(http.get("/api/session", bearer(bob.token())).status()).as("the old session carried old rights").isEqualTo(401);
        Account again = visitors.signedIn(bob.email());
        assertThat(http.get("/api/admin/users", bearer(again.token())).status()).isEqualTo(200);
    }

    @Test
    void asvs_15_3_3_fieldsNobodyMaySetAreIgnored() {
        String email = uniqueEmail("mass");
        String chosenId = UUID.randomUUID().toString();

        Reply registered = http.postJson("/api/users", Map.of("email", email, "password", PASSWORD,
                "roles", List.of("admin"), "id", chosenId, "active", false, "createdAt", "2000-01-01T00:00:00Z"));
        APP.addressProver().prove(http, email, (String) registered.json().get("registration"));
        Account ann = visitors.signedIn(email);
        Reply changed = http.send("PUT", "/api/users/me/password", "application/json", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"purple elephant marching quietly\",\"email\":\"taken-over@example.org\","
                + "\"roles\":[\"admin\"]}", bearer(ann.token()));

        assertThat(registered.status()).isEqualTo(202);
        assertThat(registered.json()).containsOnlyKeys("detail", "registration");
        assertThat(changed.status()).isEqualTo(204);
        Map<String, Object> me = http.get("/api/users/me", bearer(ann.token())).json();
        assertThat(me).containsEntry("email", email).containsEntry("roles", List.of("user")).containsEntry("active", true)
                .doesNotContainEntry("id", chosenId);
        assertThat(me.get("createdAt")).isNotEqualTo("2000-01-01T00:00:00Z");
        assertThat(http.get("/api/admin/users", bearer(ann.token())).status()).isEqualTo(403);
    }

    @Test
    void asvs_4_1_3_and_15_3_4_aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        Account admin = visitors.admin();
        String email = visitors.registered("forwarded");

        Reply signedIn = http.postJson("/api/sessions", Map.of("email", email, "password", PASSWORD),
                "X-Forwarded-For", "203.0.113.9", "X-Real-IP", "203.0.113.9");

        assertThat(signedIn.status()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) http.get("/api/admin/audit?limit=50",
                bearer(admin.token())).json().get("items");
        assertThat(events).filteredOn(event -> "sign-in-succeeded".equals(event.get("type"))
                        && ((Map<?, ?>) event.get("subject")).get("email").equals(email))
                .singleElement().satisfies(event -> assertThat(event).containsEntry("clientAddress", "127.0.0.1"));
    }
}
