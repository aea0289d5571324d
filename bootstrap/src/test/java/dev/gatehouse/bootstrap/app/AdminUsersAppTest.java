package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API end to end: real HTTP, the real session filter and role check, real MySQL protocol. */
class AdminUsersAppTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient api;

    @BeforeAll
    static void client() {
        api = APP.api();
    }

    /** A registered account: its id and a bearer token of a live session. */
    private record Account(String id, String email, String token, String cookiePair, String csrfToken) {
    }

    private static Account signedIn(String email) {
        Reply reply = api.logIn(email, PASSWORD, false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        Map<String, Object> body = reply.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        return new Account((String) user.get("id"), email, (String) body.get("token"), reply.cookiePair(),
                (String) body.get("csrfToken"));
    }

    private static Account user() {
        String email = uniqueEmail("user");
        api.registeredAndProven(email, PASSWORD);
        return signedIn(email);
    }

    /** Registered, then made admin as an operator would ({@code create-admin}), then signed in again. */
    private static Account admin() {
        String email = uniqueEmail("admin");
        api.registeredAndProven(email, PASSWORD);
        APP.promoteToAdmin(email);
        return signedIn(email);
    }

    private static Reply putRoles(String id, String json, String... headers) {
        return api.send("PUT", "/api/admin/users/" + id + "/roles", "application/json", json, headers);
    }

    private static Reply post(String path, String... headers) {
        return api.send("POST", path, null, null, headers);
    }

    @Test
    void everyEndpointIs401Anonymous403ForUsersAndOpenToAdmins() {
        Account plain = user();
        Account admin = admin();
        Account target = user();
        String base = "/api/admin/users/" + target.id();

        for (String[] credentials : List.of(new String[0], bearer(plain.token()))) {
            int expected = credentials.length == 0 ? 401 : 403;
            List<Reply> replies = List.of(
                    api.get("/api/admin/users", credentials),
                    api.send("HEAD", "/api/admin/users", null, null, credentials),
                    putRoles(target.id(), "{\"roles\":[\"user\",\"admin\"]}", credentials),
                    post(base + "/disable", credentials),
                    post(base + "/enable", credentials),
                    api.get("/api/admin/audit", credentials),
                    api.send("HEAD", "/api/admin/audit", null, null, credentials));
            assertThat(replies).extracting(Reply::status).containsOnly(expected);
            assertThat(replies.get(0).contentType()).isEqualTo("application/problem+json");
        }
        assertThat(api.get("/api/users/me", bearer(target.token())).status()).isEqualTo(200);

        assertThat(api.get("/api/admin/users", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/audit", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(api.send("HEAD", "/api/admin/users", null, null, bearer(admin.token())).status()).isEqualTo(200);
        assertThat(post(base + "/disable", bearer(admin.token())).json()).containsEntry("active", false);
        assertThat(post(base + "/enable", bearer(admin.token())).json()).containsEntry("active", true);
        Reply roles = putRoles(target.id(), "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token()));
        assertThat(roles.status()).isEqualTo(200);
        assertThat(roles.json()).containsEntry("roles", List.of("user", "admin")).containsEntry("email", target.email());
    }

    @Test
    void aDisabledAccountHearsSoOnlyWithItsRightPasswordAndUnknownAndWrongStayAlike() {
        Account admin = admin();
        Account target = user();
        assertThat(post("/api/admin/users/" + target.id() + "/disable", bearer(admin.token())).status()).isEqualTo(200);

        Reply right = api.logIn(target.email(), PASSWORD, false);
        Reply wrong = api.logIn(target.email(), "not the password at all", false);
        Reply unknown = api.logIn(uniqueEmail("nobody"), PASSWORD, false);

        assertThat(right.status()).isEqualTo(403);
        assertThat(right.contentType()).isEqualTo("application/problem+json");
        assertThat(right.json()).containsEntry("type", "urn:gatehouse:problem:account-disabled");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("disabled").isEqualTo(unknown.body());
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void methodOverrideHeaderDoesNotTurnAGetIntoAPut() {
        Account admin = admin();
        Account target = user();

        Reply reply = api.send("GET", "/api/admin/users/" + target.id() + "/roles", null, null,
                "Authorization", "Bearer " + admin.token(), "X-HTTP-Method-Override", "PUT");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(api.get("/api/users/me", bearer(target.token())).json()).containsEntry("roles", List.of("user"));
    }

    @Test
    void roleChangeEndsEverySessionOfTheUserAndTheNextSignInHasTheNewRoleAndANewToken() {
        Account admin = admin();
        Account target = user();

        putRoles(target.id(), "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token()));

        assertThat(api.get("/api/users/me", bearer(target.token())).status()).isEqualTo(401);
        Account again = signedIn(target.email());
        assertThat(again.token()).isNotEqualTo(target.token());
        assertThat(api.get("/api/users/me", bearer(again.token())).json()).containsEntry("roles", List.of("user", "admin"));
        assertThat(api.get("/api/admin/users", bearer(again.token())).status()).isEqualTo(200);
    }

    @Test
    void disablingEndsSessionsAtOnceAndBlocksSignInUntilEnabled() {
        Account admin = admin();
        Account target = user();

        assertThat(post("/api/admin/users/" + target.id() + "/disable", bearer(admin.token())).status()).isEqualTo(200);

        assertThat(api.get("/api/users/me", bearer(target.token())).status()).isEqualTo(401);
        assertThat(api.logIn(target.email(), PASSWORD, false).status()).as("account-disabled, after the right password").isEqualTo(403);

        assertThat(post("/api/admin/users/" + target.id() + "/enable", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(api.logIn(target.email(), PASSWORD, false).status()).isEqualTo(201);
    }

    @Test
    void cookieAuthenticatedAdminWritesNeedTheCsrfToken() {
        Account admin = admin();
        Account target = user();
        String path = "/api/admin/users/" + target.id() + "/disable";

        assertThat(post(path, cookie(admin.cookiePair())).status()).isEqualTo(403);
        assertThat(post(path, "Cookie", admin.cookiePair(), "X-CSRF-Token", admin.csrfToken()).status()).isEqualTo(200);
    }

    @Test
    void listsWithPagingSearchAndTotal() {
        Account admin = admin();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("a", "b", "c")) {
            api.registeredAndProven(name + "-" + marker + "@example.org", PASSWORD);
        }

        Reply page = api.get("/api/admin/users?offset=1&limit=1&email=" + marker.toUpperCase(), bearer(admin.token()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).containsEntry("total", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("items");
        assertThat(items).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("email", "b-" + marker + "@example.org").doesNotContainKey("passwordHash"));
        assertThat(page.body()).doesNotContain("argon2");
        assertThat(api.get("/api/admin/users?limit=101", bearer(admin.token())).status()).isEqualTo(422);
        assertThat(api.get("/api/admin/users?offset=-1", bearer(admin.token())).status()).isEqualTo(422);
    }

    @Test
    void unknownUserIs404AndUnknownRoleIs422() {
        Account admin = admin();
        Account target = user();

        assertThat(putRoles(UUID.randomUUID().toString(), "{\"roles\":[\"user\"]}", bearer(admin.token())).status())
                .isEqualTo(404);
        assertThat(putRoles("not-a-uuid", "{\"roles\":[\"user\"]}", bearer(admin.token())).status()).isEqualTo(404);
        Reply unknownRole = putRoles(target.id(), "{\"roles\":[\"root\"]}", bearer(admin.token()));
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.body()).contains("\"roles\"");
        assertThat(putRoles(target.id(), "{\"roles\":[]}", bearer(admin.token())).status()).isEqualTo(422);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        Account last = admin();
        // Leave exactly one active admin: demote every other one (other tests made some).
        Reply all = api.get("/api/admin/users?limit=100", bearer(last.token()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) all.json().get("items");
        assertThat(all.json().get("total")).as("fits in one page").isEqualTo(items.size());
        items.stream()
                .filter(item -> !item.get("id").equals(last.id()))
                .filter(item -> ((List<?>) item.get("roles")).contains("admin"))
                .forEach(item -> assertThat(putRoles((String) item.get("id"), "{\"roles\":[\"user\"]}",
                        bearer(last.token())).status()).isEqualTo(200));

        Reply demote = putRoles(last.id(), "{\"roles\":[\"user\"]}", bearer(last.token()));
        Reply disable = post("/api/admin/users/" + last.id() + "/disable", bearer(last.token()));

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.contentType()).isEqualTo("application/problem+json");
        assertThat(demote.json()).containsEntry("type", "urn:gatehouse:problem:last-admin");
        assertThat(disable.status()).isEqualTo(409);
        assertThat(api.get("/api/admin/users", bearer(last.token())).status()).isEqualTo(200);
    }

    @Test
    void theAuditTrailShowsWhoChangedWhatFromWhereNewestFirst() {
        Account admin = admin();
        Account target = user();
        Reply wrong = api.logIn(target.email(), "not the password at all", false);
        assertThat(wrong.status()).isEqualTo(401);

        putRoles(target.id(), "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token()));

        Reply audit = api.get("/api/admin/audit?limit=100", bearer(admin.token()));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain("not the password at all").doesNotContain(admin.token());
        List<Map<String, Object>> items = auditItems(audit);
        Map<String, Object> granted = items.get(0);
        assertThat(granted).containsEntry("type", "role-granted").containsEntry("detail", "admin")
                .containsEntry("clientAddress", "127.0.0.1")
                .containsEntry("actor", Map.of("id", admin.id(), "email", admin.email()))
                .containsEntry("subject", Map.of("id", target.id(), "email", target.email()));
        assertThat((String) granted.get("userAgent")).isNotBlank();
        assertThat(items).anySatisfy(item -> assertThat(item)
                .containsEntry("type", "sign-in-failed")
                .containsEntry("detail", "password: wrong-password")
                .containsEntry("actor", null)
                .containsEntry("subject", Map.of("id", target.id(), "email", target.email())));
        assertThat(((Number) audit.json().get("total")).intValue()).isGreaterThanOrEqualTo(items.size());
    }

    @Test
    void auditPagingIsCheckedLikeTheUserList() {
        Account admin = admin();

        Reply reply = api.get("/api/admin/audit?offset=-1&limit=1000", bearer(admin.token()));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("offset").contains("limit");
    }

    @Test
    void anAdminCanSignAUserOutEverywhereWithoutTouchingTheAccount() {
        Account admin = admin();
        Account target = user();
        String elsewhere = signedIn(target.email()).token();

        Reply ended = api.delete("/api/admin/users/" + target.id() + "/sessions", bearer(admin.token()));

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json()).containsEntry("ended", 2);
        assertThat(api.get("/api/session", bearer(target.token())).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(elsewhere)).status()).isEqualTo(401);
        assertThat(api.get("/api/session", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(api.logIn(target.email(), PASSWORD, false).status()).isEqualTo(201);
        assertThat(auditItems(api.get("/api/admin/audit?limit=20", bearer(admin.token())))).anySatisfy(item -> assertThat(item)
                .containsEntry("type", "session-revoked").containsEntry("detail", "all sessions")
                .containsEntry("actor", Map.of("id", admin.id(), "email", admin.email()))
                .containsEntry("subject", Map.of("id", target.id(), "email", target.email())));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> auditItems(Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("items");
    }
}
