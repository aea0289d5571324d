package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import io.dropwizard.testing.ConfigOverride;
import jakarta.mail.MessagingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting one's own account and taking a copy of its data, black-box (ASVS 5.0 14.2.7: personal
 * data deleted as the situation requires; 14.2.6: the copy holds no secret; 7.4.2: every session
 * ends; 6.1.1: the password asked again is throttled like a sign-in; 3.5.1: CSRF on the form). The
 * database is searched afterwards, every text column of every table, for anything that still
 * names the address or the account's id.
 */
class AccountDeletionTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("codes.resendInterval", "0s"))
            .withMail();

    private static TestHttpClient http;
    private static Visitors visitors;
    private static Jdbi database;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
        database = APP.database().jdbi();
    }

    @Test
    void asvs_14_2_7_deletionLeavesNoRowThatNamesTheAddress() {
        Account leaver = visitors.newAccount("leaver");
        Account elsewhere = visitors.signedIn(leaver.email());
        String typedOtherwise = leaver.email().toUpperCase(Locale.ROOT);
        assertThat(http.logIn(typedOtherwise, "not the password at all", false).status()).isEqualTo(401);
        assertThat(http.postJson("/api/password-resets", Map.of("email", typedOtherwise)).status()).isEqualTo(202);
        assertThat(http.get("/api/articles/1", bearer(elsewhere.token())).status()).isEqualTo(200);
        assertThat(delete(leaver, Map.of("password", "a wrong guess at it")).status()).isEqualTo(401);
        assertThat(counterRows(leaver.email())).as("the code requests were counted for the address").isPositive();
        assertThat(rowsNaming(leaver.email())).contains("users.email", "audit_events.subject_email");

        assertThat(delete(leaver, Map.of("password", PASSWORD)).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(15)).until(() -> subjectsOfMailTo(leaver.email()).stream()
                .anyMatch(subject -> subject.endsWith("account was deleted")));
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxRowsTo(leaver.email()) == 0);
        assertThat(rowsNaming(leaver.email())).as("text columns naming the address").isEmpty();
        // The revocation feed keeps the bare id for an hour so that every node drops its cached sessions;
        // the id names nothing once the account is gone, and the purge deletes those rows.
        assertThat(rowsNaming(leaver.id())).as("text columns naming the account's id")
                .isSubsetOf("session_revocations.user_id");
        assertThat(counterRows(leaver.email())).as("throttle counts kept for the address").isZero();
        assertThat(pseudonymousEventTypes()).contains("registered", "sign-in-succeeded", "sign-in-failed",
                "account-deleted");
    }

    @Test
    void asvs_7_4_2_everySessionOfTheAccountEndsAtOnce() {
        Account leaver = visitors.newAccount("sessions");
        Account inAnotherBrowser = visitors.signedIn(leaver.email());

        Reply deleted = http.send("DELETE", "/api/users/me", "application/json", json(Map.of("password", PASSWORD)),
                "Cookie", leaver.cookiePair(), "X-CSRF-Token", leaver.csrfToken());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.sessionSetCookie()).as("the browser's cookie is cleared").contains("Max-Age=0");

        assertThat(http.get("/api/session", bearer(leaver.token())).status()).isEqualTo(401);
        assertThat(http.get("/api/session", cookie(leaver.cookiePair())).status()).isEqualTo(401);
        assertThat(http.get("/api/session", bearer(inAnotherBrowser.token())).status()).isEqualTo(401);
        assertThat(http.get("/api/users/me", cookie(inAnotherBrowser.cookiePair())).status()).isEqualTo(401);
        assertThat(http.logIn(leaver.email(), PASSWORD, false).status()).isEqualTo(401);
    }

    @Test
    void theAddressCanRegisterAgainAsANewAccount() {
        Account leaver = visitors.newAccount("again");
        assertThat(delete(leaver, Map.of("password", PASSWORD)).status()).isEqualTo(204);

        Map<String, Object> again = http.registeredAndSignedIn(leaver.email(), PASSWORD);

        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) again.get("user");
        assertThat(user.get("email")).isEqualTo(leaver.email());
        assertThat(user.get("id")).isNotEqualTo(leaver.id());
        Reply export = http.get("/api/users/me/export", bearer((String) again.get("token")));
        assertThat(export.body()).as("the new account inherits none of the old one's history")
                .doesNotContain(leaver.id()).doesNotContain("sign-in-failed");
    }

    @Test
    void aWrongPasswordIsRefusedAsASignInIsAndDeletesNothing() {
        Account keeper = visitors.newAccount("keeper");

        Reply refused = delete(keeper, Map.of("password", "not the password at all"));
        Reply neither = delete(keeper, Map.of());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type")).isEqualTo("urn:gatehouse:problem:invalid-credentials");
        assertThat(neither.status()).isEqualTo(422);
        assertThat(delete(keeper, Map.of("code", "123456")).status()).as("a code where a password is asked").isEqualTo(422);
        assertThat(http.get("/api/users/me", bearer(keeper.token())).status()).isEqualTo(200);
    }

    @Test
    void asvs_6_1_1_wrongPasswordsAreThrottledLikeSignIns() {
        Account keeper = visitors.newAccount("guessed");
        // The throttle's first waits are short: on a busy machine one may pass between two slow guesses.
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < 20 && (replies.isEmpty() || replies.get(replies.size() - 1).status() != 429); i++) {
            replies.add(delete(keeper, Map.of("password", "wrong guess " + i)));
        }

        assertThat(replies).extracting(Reply::status).startsWith(401, 401, 401, 401, 401).endsWith(429);
        Reply throttled = replies.get(replies.size() - 1);
        assertThat(throttled.json().get("type")).isEqualTo("urn:gatehouse:problem:too-many-attempts");
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(http.get("/api/users/me", bearer(keeper.token())).status()).isEqualTo(200);
    }

    @Test
    void anAccountWithoutAPasswordConfirmsWithASignInCodeJustMailed() {
        String email = uniqueEmail("codeonly");
        assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
        Reply signedIn = http.postJson("/api/login-codes/verify", Map.of("email", email,
                "code", APP.mail().mailedCode(email, 1), "rememberMe", false));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
        Account account = Visitors.signedIn(signedIn, email);

        assertThat(delete(account, Map.of("password", PASSWORD)).status()).as("it has no password").isEqualTo(422);
        assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(email, 2);
        Reply wrong = delete(account, Map.of("code", code.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("type")).isEqualTo("urn:gatehouse:problem:invalid-code");

        assertThat(delete(account, Map.of("code", code)).status()).isEqualTo(204);
        assertThat(http.get("/api/session", bearer(account.token())).status()).isEqualTo(401);
        assertThat(delete(account, Map.of("code", code)).status()).isEqualTo(401);
    }

    @Test
    void theLastActiveAdministratorCannotDeleteTheirAccount() {
        Account admin = visitors.admin();
        keepOnlyAdmins(admin);

        Reply refused = delete(admin, Map.of("password", PASSWORD));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type")).isEqualTo("urn:gatehouse:problem:last-admin");
        assertThat(http.get("/api/admin/users", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(activeAdmins()).isEqualTo(1);
    }

    /** Each deletion counts the administrators under the lock every such change takes: one of two at once wins. */
    @RepeatedTest(4)
    void twoLastAdministratorsDeletingThemselvesAtOnceLeaveOneOfThem() {
        Account[] admins = {visitors.admin(), visitors.admin()};
        keepOnlyAdmins(admins);

        Burst.Outcome outcome = Burst.of(2, i -> delete(admins[i], Map.of("password", PASSWORD)));

        assertThat(outcome.serverErrors()).isEmpty();
        assertThat(outcome.count(204)).as(outcome.toString()).isEqualTo(1);
        assertThat(outcome.count(409)).as(outcome.toString()).isEqualTo(1);
        assertThat(activeAdmins()).isEqualTo(1);
    }

    @Test
    void asvs_14_2_6_theExportHoldsTheAccountItsSessionsAndItsAuditEventsAndNoSecret() {
        Account owner = visitors.newAccount("exporter");
        Account elsewhere = visitors.signedIn(owner.email());
        http.logIn(owner.email(), "not the password at all", false);

        Reply export = http.get("/api/users/me/export", bearer(owner.token()));

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"gatehouse-account.json\"");
        Map<String, Object> body = export.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) body.get("account");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) body.get("sessions");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) body.get("auditEvents");
        assertThat(account).containsEntry("id", owner.id()).containsEntry("email", owner.email());
        assertThat(sessions).hasSize(2).filteredOn(session -> Boolean.TRUE.equals(session.get("current"))).hasSize(1);
        assertThat(events).extracting(event -> event.get("type"))
                .contains("registered", "sign-in-succeeded", "sign-in-failed");
        assertThat(export.body()).doesNotContain(owner.token()).doesNotContain(elsewhere.token())
                .doesNotContain(owner.csrfToken()).doesNotContain("argon2").doesNotContain(PASSWORD)
                .doesNotContain("Hash").doesNotContain("token");

        Reply download = http.get("/account/export", cookie(owner.cookiePair()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"gatehouse-account.json\"");
        assertThat(download.body()).contains(owner.id());
        assertThat(http.get("/api/users/me/export").status()).isEqualTo(401);
    }

    @Test
    void asvs_3_5_1_theDeletionFormAndTheCookieAuthenticatedApiNeedTheCsrfToken() {
        Account leaver = visitors.newAccount("page");
        String password = "password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);

        Reply confirmation = http.get("/account/delete", cookie(leaver.cookiePair()));
        Reply forged = visitors.postForm("/account/delete", leaver.cookiePair(), password + "&csrf_token=forged");
        Reply unmarked = visitors.postForm("/account/delete", leaver.cookiePair(), password);
        Reply api = http.send("DELETE", "/api/users/me", "application/json", "{\"password\":\"" + PASSWORD + "\"}",
                cookie(leaver.cookiePair()));

        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains(leaver.email()).contains("name=\"csrf_token\"");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(unmarked.status()).isEqualTo(403);
        assertThat(api.status()).isEqualTo(403);
        assertThat(http.get("/api/users/me", bearer(leaver.token())).status()).as("nothing was deleted").isEqualTo(200);

        Reply deleted = visitors.postForm("/account/delete", leaver.cookiePair(),
                password + "&csrf_token=" + leaver.csrfToken());

        assertThat(deleted.status()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/?done=account-deleted");
        assertThat(deleted.sessionSetCookie()).contains("Max-Age=0");
        assertThat(http.get("/?done=account-deleted").body()).contains("Your account is deleted");
        assertThat(http.get("/api/session", cookie(leaver.cookiePair())).status()).isEqualTo(401);
    }

    private static Reply delete(Account account, Map<String, String> proof) {
        return http.send("DELETE", "/api/users/me", "application/json", json(proof), bearer(account.token()));
    }

    private static String json(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add("\"" + name + "\":\"" + value + "\""));
        return "{" + String.join(",", pairs) + "}";
    }

    /** Every text column of every table, as {@code table.column}, that holds {@code text} in any letter case. */
    private static List<String> rowsNaming(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> columns = database.withHandle(handle -> handle.createQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                         WHERE table_schema = DATABASE()
                           AND data_type IN ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext')
                        """).mapToMap().list());
        assertThat(columns).as("the schema's text columns").hasSizeGreaterThan(10);
        List<String> naming = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            int rows = database.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM `" + table + "` WHERE LOWER(CONVERT(`" + name
                                    + "` USING utf8mb4)) LIKE CONCAT('%', :needle, '%')")
                    .bind("needle", needle).mapTo(Integer.class).one());
            if (rows > 0) {
                naming.add(table + "." + name);
            }
        }
        return naming;
    }

    /** Rows of the throttles' counts kept under the address (stored as the SHA-256 of scope and value). */
    private static int counterRows(String email) {
        List<String> hashes = List.of(keyHash("sign-in-failures/account", email), keyHash("code-requests/account", email));
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM attempt_counters WHERE key_hash IN (<hashes>)")
                .bindList("hashes", hashes).mapTo(Integer.class).one());
    }

    private static String keyHash(String scope, String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((scope + "\n" + value.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private static List<String> subjectsOfMailTo(String email) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (int i = 1; i <= APP.mail().mailCount(email); i++) {
            subjects.add(APP.mail().awaitMailTo(email, i).getSubject());
        }
        return subjects;
    }

    private static int outboxRowsTo(String email) {
        return database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r")
                .bind("r", email).mapTo(Integer.class).one());
    }

    /** The types of the events kept under the pseudonym of the most recently deleted account. */
    private static List<String> pseudonymousEventTypes() {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT type FROM audit_events
                         WHERE subject_id = (SELECT subject_id FROM audit_events WHERE type = 'account-deleted'
                                              ORDER BY id DESC LIMIT 1)
                           AND subject_email LIKE 'deleted-%@deleted.invalid'
                        """).mapTo(String.class).list());
    }

    /** Takes the admin role from every account but these, so that they are the last administrators. */
    private static void keepOnlyAdmins(Account... admins) {
        List<String> ids = java.util.Arrays.stream(admins).map(Account::id).toList();
        database.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM user_roles WHERE role = 'admin' AND user_id NOT IN (<ids>)")
                .bindList("ids", ids).execute());
    }

    private static int activeAdmins() {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id
                         WHERE r.role = 'admin' AND u.status = 'active'
                        """).mapTo(Integer.class).one());
    }
}
