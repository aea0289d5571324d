package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.LogScan;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.app.TestSmtp;
import io.dropwizard.testing.ConfigOverride;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * ASVS 5.0 V16 (security logging), black-box: no password, code or token reaches a log, not even
 * when a statement fails while it is in play. Each write path the API reaches is made to fail once
 * (a trigger on its table raises an error for the one request, then is dropped), so the failure is
 * logged with its stack trace; the mail worker's delete after sending fails the same way. Mail goes
 * over real SMTP (the development {@code log} transport prints codes by design). The application log
 * (INFO, DEBUG for Gatehouse and JDBI) and the request log of this run are then searched for every
 * secret used, and for JDBI's rendering of bound values, which would show a secret this test cannot
 * know (the code of a request whose mail was never sent).
 */
class SecretsNeverLoggedTest {

    private static final long REQUEST_LOG_START = LogScan.requestLogSize();
    private static final LogScan.CapturedLines APP_LOG = new LogScan.CapturedLines();
    /** The message of every forced failure, to find their log lines by. */
    private static final String FORCED = "forced failure for the log test";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("logging.level", "INFO")).withMail();

    private static TestHttpClient http;
    /** For the requests that fail: the API documents no 500, which the checked client insists on. */
    private static TestHttpClient failing;

    /** Every secret this class hands to the app or gets from it. */
    private final List<String> secrets = new ArrayList<>();
    /** The statements made to fail, as the comments their SQL objects start them with begin. */
    private final List<String> failedStatements = new ArrayList<>();

    @BeforeAll
    static void start() {
        http = APP.api();
        failing = TestHttpClient.unchecked(APP.port());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger("dev.gatehouse").setLevel(Level.DEBUG);
        context.getLogger("org.jdbi").setLevel(Level.DEBUG);
        APP_LOG.attach();
    }

    @AfterAll
    static void stop() {
        APP_LOG.detach();
    }

    private String secret(String value) {
        assertThat(value).isNotBlank();
        secrets.add(value);
        return value;
    }

    private static String password(String label) {
        return label + " passphrase " + UUID.randomUUID();
    }

    @Test
    void asvs_16_2_5_noPasswordCodeOrTokenIsLoggedWhenAWritePathFails() {
        String ann = uniqueEmail("ann");
        String annPassword = secret(password("ann"));
        registration(ann, annPassword);
        String annToken = passwordSignIn(ann, annPassword);
        String annNewPassword = passwordChange(ann, annToken, annPassword);
        String bob = uniqueEmail("bob");
        codeSignIn(bob);
        codeRequest(uniqueEmail("carol"));
        passwordReset(ann, annNewPassword);
        logout(ann, annNewPassword);
        mailDelivery(uniqueEmail("dave"));

        List<String> appLines = APP_LOG.lines();
        List<String> requestLines = LogScan.requestLogSince(REQUEST_LOG_START, "DELETE /api/session HTTP/1.1\" 204");
        assertThat(failedStatements).hasSizeGreaterThanOrEqualTo(9).allSatisfy(statement ->
                assertThat(appLines).as("a logged failure of " + statement)
                        .anyMatch(line -> line.contains(FORCED) && line.contains("/* " + statement)));
        assertThat(secrets).hasSizeGreaterThan(12).doesNotContainNull();

        List<String> allLines = Stream.concat(appLines.stream(), requestLines.stream()).toList();
        assertThat(LogScan.leaks(allLines, secrets)).as("secrets in log lines").isEmpty();
        assertThat(allLines).as("log lines with bound values")
                .noneMatch(line -> line.contains("arguments:") || line.contains("with parameters"));
    }

    @Test
    void asvs_16_2_5_theRequestLogLeavesOutQueryStringsAndReferers() {
        long start = LogScan.requestLogSize();
        String address = uniqueEmail("query");
        String encoded = URLEncoder.encode(address, StandardCharsets.UTF_8);
        for (String page : List.of("/login/code", "/password/forgot", "/password/reset")) {
            assertThat(http.get(page + "?email=" + encoded).status()).as(page).isEqualTo(200);
        }
        String refererAddress = uniqueEmail("referer");
        assertThat(http.postJson("/api/login-codes", Map.of("email", uniqueEmail("posted")), "Referer",
                TestSmtp.BASE_URL + "/login/code?email=" + URLEncoder.encode(refererAddress, StandardCharsets.UTF_8))
                .status()).isEqualTo(202);

        List<String> lines = LogScan.requestLogSince(start, "POST /api/login-codes HTTP/1.1\" 202");
        assertThat(lines).anyMatch(line -> line.contains("\"GET /login/code HTTP/1.1\" 200"))
                .anyMatch(line -> line.contains("\"GET /password/reset HTTP/1.1\" 200"));
        assertThat(lines).noneMatch(line -> line.contains("?email") || line.contains("email="));
        assertThat(LogScan.leaks(lines, List.of(address, encoded, refererAddress))).isEmpty();
    }

    /** Runs {@code request} while every {@code event} on {@code table} fails; the statement is the one that should fail. */
    private Reply whileFailing(String event, String table, String statement, Supplier<Reply> request) {
        String trigger = "forced_" + event.toLowerCase() + "_" + table;
        execute("CREATE TRIGGER " + trigger + " BEFORE " + event + " ON " + table
                + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + FORCED + "'");
        try {
            failedStatements.add(statement);
            return request.get();
        } finally {
            execute("DROP TRIGGER " + trigger);
        }
    }

    private static void execute(String sql) {
        APP.database().jdbi().useHandle(handle -> handle.execute(sql));
    }

    private void registration(String email, String password) {
        Reply failed = whileFailing("INSERT", "users", "UserDao.insertUser",
                () -> failing.register(uniqueEmail("unlucky"), secret(password("unlucky"))));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);

        http.registeredAndProven(email, password);
    }

    private String passwordSignIn(String email, String password) {
        Reply failed = whileFailing("INSERT", "sessions", "SessionDao.insert", () -> failing.logIn(email, password, true));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
        Reply wrong = whileFailing("INSERT", "attempt_counters", "AttemptCounterDao.",
                () -> failing.logIn(email, secret(password("wrong")), false));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(500);
        assertThat(http.logIn(email, secret(password("wrong again")), false).status()).isEqualTo(401);

        Reply signedIn = http.logIn(email, password, true);
        assertThat(signedIn.status()).isEqualTo(201);
        secret((String) signedIn.json().get("csrfToken"));
        secret(signedIn.cookiePair().substring(signedIn.cookiePair().indexOf('=') + 1));
        return secret((String) signedIn.json().get("token"));
    }

    /** @return the new password */
    private String passwordChange(String email, String token, String current) {
        String next = secret(password("ann's next"));
        Reply failed = whileFailing("UPDATE", "users", "UserDao.updateUser", () -> failing.send("PUT", "/api/users/me/password",
                "application/json", "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}",
                bearer(token)));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
        Reply changed = http.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}", bearer(token));
        assertThat(changed.status()).as(changed.body()).isBetween(200, 204);
        return next;
    }

    private void codeSignIn(String email) {
        assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
        String code = secret(APP.mail().mailedCode(email, 1));
        Reply failed = whileFailing("INSERT", "sessions", "SessionDao.insert",
                () -> failing.postJson("/api/login-codes/verify", Map.of("email", email, "code", code)));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);

        assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
        String second = secret(APP.mail().mailedCode(email, 2));
        Reply signedIn = http.postJson("/api/login-codes/verify", Map.of("email", email, "code", second));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
        secret((String) signedIn.json().get("token"));
        secret((String) signedIn.json().get("csrfToken"));
    }

    /** The code of the failed request is never mailed: only the search for bound values can catch it. */
    private void codeRequest(String email) {
        http.registeredAndProven(email, secret(password("carol")));
        Reply failed = whileFailing("INSERT", "mail_outbox", "MailOutboxDao.insert",
                () -> failing.postJson("/api/password-resets", Map.of("email", email)));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
    }

    private void passwordReset(String email, String current) {
        assertThat(http.postJson("/api/password-resets", Map.of("email", email)).status()).isEqualTo(202);
        // Picked by subject: the registration's confirmation and the password change's notice came first.
        String code = secret(APP.mail().mailedCode(email, "password reset code", 1));
        String next = secret(password("ann's reset"));
        Reply failed = whileFailing("UPDATE", "users", "UserDao.updateUser", () -> failing.postJson(
                "/api/password-resets/confirm", Map.of("email", email, "code", code, "newPassword", next)));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);

        assertThat(http.logIn(email, current, false).status()).as("the failed reset changed nothing").isEqualTo(201);
    }

    private void logout(String email, String password) {
        Reply signedIn = http.logIn(email, password, false);
        assertThat(signedIn.status()).isEqualTo(201);
        String token = secret((String) signedIn.json().get("token"));
        secret((String) signedIn.json().get("csrfToken"));
        Reply failed = whileFailing("DELETE", "sessions", "SessionDao.delete",
                () -> failing.delete("/api/session", bearer(token)));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);

        assertThat(http.delete("/api/session", bearer(token)).status()).isEqualTo(204);
    }

    /** The worker has the code in hand when it fails to take the sent mail out of the outbox. */
    private void mailDelivery(String email) {
        whileFailing("DELETE", "mail_outbox", "MailOutboxDao.delete", () -> {
            assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
            secret(APP.mail().mailedCode(email, 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> APP_LOG.lines().stream()
                    .anyMatch(line -> line.contains(FORCED) && line.contains("MailOutboxDao.delete")));
            return null;
        });
    }
}
