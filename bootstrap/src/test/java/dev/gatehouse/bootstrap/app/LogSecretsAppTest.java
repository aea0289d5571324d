package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * No secret reaches a log. The app runs with INFO logging (DEBUG for Gatehouse's own code) and the
 * request log on, through a whole life: registration, password sign-in (right and wrong), cookie
 * requests with and without CSRF tokens, bearer requests with good and forged tokens, a mailed
 * code sign-in and a password reset over real SMTP, a body that breaks off mid-password, logout
 * and the operator's revoke task; an authenticator app set up and used, with its recovery codes. Then every captured application log line (with its MDC and
 * stack trace) and every request-log line of this run is searched for each password, code, token,
 * CSRF token and cookie value used.
 */
class LogSecretsAppTest {

    /** Where this class's lines start: other test classes in the JVM write to the same request log. */
    private static final long REQUEST_LOG_START = LogScan.requestLogSize();
    private static final LogScan.CapturedLines APP_LOG = new LogScan.CapturedLines();

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("logging.level", "INFO")).withMail();

    private static TestHttpClient api;
    private static TestHttpClient admin;

    @BeforeAll
    static void start() {
        api = APP.api();
        admin = new TestHttpClient(APP.adminPort());
        // Attached after start-up, since Dropwizard sets logging up afresh when the app starts.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger("dev.gatehouse").setLevel(Level.DEBUG);
        APP_LOG.attach();
    }

    @AfterAll
    static void stop() {
        APP_LOG.detach();
    }

    /** Every secret this run hands to the app or gets from it. */
    private final List<String> secrets = new ArrayList<>();

    private String secret(String value) {
        secrets.add(value);
        return value;
    }

    @Test
    void noPasswordCodeTokenOrCookieValueIsEverLogged() throws Exception {
        List<String> requestIds = journey();

        List<String> appLines = APP_LOG.lines();
        List<String> requestLines = LogScan.requestLogSince(REQUEST_LOG_START, "/api/session HTTP/1.1\" 401");
        assertThat(requestLines).as("request log lines of this run").hasSizeGreaterThanOrEqualTo(20)
                .anyMatch(line -> line.contains("\"POST /api/sessions HTTP/1.1\" 201"));
        assertThat(requestLines).as("the admin port's requests carry ids too").noneMatch(line -> line.endsWith("id=null"));
        assertThat(requestIds).allSatisfy(id ->
                assertThat(requestLines).as("a request-log line with id " + id).anyMatch(line -> line.endsWith("id=" + id)));
        assertThat(appLines).as("application log lines of this run").anyMatch(line -> line.contains("Ended all 2 sessions"));

        assertThat(secrets).hasSizeGreaterThan(10).doesNotContainNull();
        List<String> leaks = LogScan.leaks(Stream.concat(appLines.stream(), requestLines.stream()).toList(), secrets);
        assertThat(leaks).as("secrets in log lines").isEmpty();
    }

    /** @return request ids of some of its requests, for finding them in the request log */
    private List<String> journey() {
        List<String> requestIds = new ArrayList<>();
        String ann = uniqueEmail("ann");
        String password = secret("Ann's first passphrase " + UUID.randomUUID());
        api.registeredAndProven(ann, password);
        assertThat(api.logIn(ann, secret("a wrong guess " + UUID.randomUUID()), false).status()).isEqualTo(401);
        Reply signedIn = api.logIn(ann, password, true);
        assertThat(signedIn.status()).isEqualTo(201);
        requestIds.add(signedIn.header("X-Request-Id"));
        String token = secret((String) signedIn.json().get("token"));
        String csrf = secret((String) signedIn.json().get("csrfToken"));
        String cookiePair = signedIn.cookiePair();
        secret(cookiePair.substring(cookiePair.indexOf('=') + 1));

        Reply me = api.get("/api/session", cookie(cookiePair));
        assertThat(me.status()).isEqualTo(200);
        requestIds.add(me.header("X-Request-Id"));
        assertThat(api.get("/api/sessions", bearer(token)).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me", bearer(secret(UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "")))).status()).isEqualTo(401);
        assertThat(api.delete("/api/session", "Cookie", cookiePair,
                "X-CSRF-Token", secret("forged-" + UUID.randomUUID())).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/sessions", "application/json",
                "{\"email\":\"" + ann + "\",\"password\":\"" + secret("cut off " + UUID.randomUUID())).status())
                .isEqualTo(400);
        assertThat(api.send("POST", "/register", "application/x-www-form-urlencoded",
                "email=" + uniqueEmail("form") + "&password=" + secret("formpassword" + UUID.randomUUID().toString()
                        .replace("-", ""))).status()).isBetween(200, 499);

        String bob = uniqueEmail("bob");
        assertThat(api.postJson("/api/login-codes", Map.of("email", bob)).status()).isEqualTo(202);
        String code = secret(APP.mail().mailedCode(bob, 1));
        String wrongCode = secret(code.equals("918273") ? "192837" : "918273");
        assertThat(api.postJson("/api/login-codes/verify", Map.of("email", bob, "code", wrongCode)).status())
                .isEqualTo(401);
        Reply bobIn = api.postJson("/api/login-codes/verify", Map.of("email", bob, "code", code, "rememberMe", true));
        assertThat(bobIn.status()).isEqualTo(201);
        secret((String) bobIn.json().get("token"));
        secret((String) bobIn.json().get("csrfToken"));

        assertThat(api.postJson("/api/password-resets", Map.of("email", ann)).status()).isEqualTo(202);
        String resetCode = secret(APP.mail().mailedCode(ann, 2)); // the first confirmed the registration
        String newPassword = secret("Ann's second passphrase " + UUID.randomUUID());
        assertThat(api.postJson("/api/password-resets/confirm",
                Map.of("email", ann, "code", resetCode, "newPassword", newPassword)).status()).isEqualTo(204);
        assertThat(api.get("/api/session", bearer(token)).status()).isEqualTo(401);

        Map<String, Object> again = api.logIn(ann, newPassword, false).json();
        String second = secret((String) again.get("token"));
        secret((String) again.get("csrfToken"));
        String third = secret((String) api.logIn(ann, newPassword, false).json().get("token"));
        assertThat(admin.send("POST", "/tasks/revoke-sessions?email=" + ann, null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/session", bearer(second)).status()).isEqualTo(401);
        Reply loggedOut = api.delete("/api/session", bearer(third));
        assertThat(loggedOut.status()).isEqualTo(401);
        requestIds.add(loggedOut.header("X-Request-Id"));
        secondFactor();
        return requestIds;
    }

    /** An authenticator app set up, a wrong and a right second step, a re-authentication: none of its secrets logged. */
    private void secondFactor() {
        String cid = uniqueEmail("cid");
        String password = secret("Cid's passphrase " + UUID.randomUUID());
        String token = (String) api.registeredAndSignedIn(cid, password).get("token");
        Reply pending = api.postJson("/api/users/me/totp", Map.of(), bearer(token));
        assertThat(pending.status()).isEqualTo(201);
        String secret = secret((String) pending.json().get("secret"));
        secret((String) pending.json().get("otpauthUri"));
        dev.gatehouse.domain.mfa.TotpSecret key = dev.gatehouse.domain.mfa.TotpSecret.of(
                dev.gatehouse.domain.mfa.Base32.decode(secret).orElseThrow());
        long step = dev.gatehouse.domain.mfa.TotpRules.stepAt(java.time.Instant.now());
        dev.gatehouse.crypto.HmacTotpCodes codes = new dev.gatehouse.crypto.HmacTotpCodes();
        Reply confirmed = api.postJson("/api/users/me/totp/confirm", Map.of("code", secret(codes.codeAt(key, step))),
                bearer(token));
        assertThat(confirmed.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> recoveryCodes = (List<String>) confirmed.json().get("recoveryCodes");
        recoveryCodes.forEach(code -> {
            secret(code);
            secret(code.replace("-", ""));
        });
        Reply first = api.logIn(cid, password, false);
        assertThat(first.status()).isEqualTo(202);
        String challenge = secret((String) first.json().get("challenge"));
        assertThat(api.postJson("/api/sessions/second-factor", Map.of("challenge", challenge,
                "code", secret("zzzzz-zzzzz"))).status()).isEqualTo(401);
        Reply signedIn = api.postJson("/api/sessions/second-factor", Map.of("challenge", challenge,
                "code", secret(codes.codeAt(key, step + 1))));
        assertThat(signedIn.status()).isEqualTo(201);
        String second = secret((String) signedIn.json().get("token"));
        assertThat(api.postJson("/api/session/reauthenticate", Map.of("password", password), bearer(second)).status())
                .isEqualTo(204);
    }
}
