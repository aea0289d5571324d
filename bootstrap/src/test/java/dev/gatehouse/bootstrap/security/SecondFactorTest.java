package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two-step sign-in with an authenticator app, end to end over HTTP (ASVS 5.0 6.3.3 a second factor
 * at level 2; 6.5.1 a code works once; 6.5.x recovery codes single use, TOTP within its window;
 * 6.6.x the challenge's lifetime and attempts). The guessing throttles are opened wide here so
 * that the rules of the second factor itself are what is tested; the throttle is
 * {@link SecondFactorTimingTest}'s.
 */
class SecondFactorTest {

    private static final int BURST = 12;

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("throttling.policies.sign-in-failures/account.freeAttempts", "1000"),
            ConfigOverride.config("throttling.policies.sign-in-failures/account.maxPerWindow", "1000"),
            ConfigOverride.config("throttling.policies.sign-in-failures/client.freeAttempts", "100000"),
            ConfigOverride.config("throttling.policies.sign-in-failures/client.maxPerWindow", "100000")).withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    /** An account with a confirmed authenticator app, its app, and its recovery codes. */
    record Enrolled(String email, Authenticator app, List<String> recoveryCodes) {
    }

    static Enrolled enrolled(String label) {
        Visitors.Account account = visitors.newAccount(label);
        Reply pending = http.postJson("/api/users/me/totp", Map.of(), bearer(account.token()));
        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        Authenticator app = new Authenticator((String) pending.json().get("secret"));
        Reply confirmed = http.postJson("/api/users/me/totp/confirm", Map.of("code", app.next()),
                bearer(account.token()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) confirmed.json().get("recoveryCodes");
        return new Enrolled(account.email(), app, codes);
    }

    static String challenge(String email, boolean rememberMe) {
        Reply first = http.logIn(email, Visitors.PASSWORD, rememberMe);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        return (String) first.json().get("challenge");
    }

    static Reply second(String challenge, String code) {
        return http.postJson("/api/sessions/second-factor", Map.of("challenge", challenge, "code", code));
    }

    @Test
    void enrolmentHandsOutTheSecretItsUriAQrCodeAndTenRecoveryCodesOnce() {
        Visitors.Account account = visitors.newAccount("totp-enrol");

        Reply pending = http.postJson("/api/users/me/totp", Map.of(), bearer(account.token()));

        assertThat(pending.status()).isEqualTo(201);
        String secret = (String) pending.json().get("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat((String) pending.json().get("otpauthUri"))
                .startsWith("otpauth://totp/Gatehouse:").contains("secret=" + secret).contains("issuer=Gatehouse");
        assertThat((String) pending.json().get("qrSvg")).startsWith("<svg").contains("<path d=\"M").endsWith("</svg>");
        // Pending: not asked at sign-in yet.
        assertThat(http.logIn(account.email(), Visitors.PASSWORD, false).status()).isEqualTo(201);

        Authenticator app = new Authenticator(secret);
        Reply wrong = http.postJson("/api/users/me/totp/confirm", Map.of("code", app.wrong()), bearer(account.token()));
        assertThat(wrong.status()).isEqualTo(422);
        Reply confirmed = http.postJson("/api/users/me/totp/confirm", Map.of("code", app.next()), bearer(account.token()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) confirmed.json().get("recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
        assertThat(http.postJson("/api/users/me/totp/confirm", Map.of("code", app.next()), bearer(account.token()))
                .status()).as("confirmed once; nothing pending").isEqualTo(409);
        assertThat(http.postJson("/api/users/me/totp", Map.of(), bearer(account.token())).status())
                .as("one app at a time").isEqualTo(409);
    }

    @Test
    void aRightPasswordAnswersAChallengeAndNoSessionThenTheAppsCodeSignsIn() {
        Enrolled account = enrolled("totp-sign-in");

        Reply first = http.logIn(account.email(), Visitors.PASSWORD, false);

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json()).containsEntry("secondFactorRequired", true)
                .containsEntry("methods", List.of("totp", "recovery_code"));
        assertThat(first.sessionSetCookie()).as("no session yet").isNull();
        Reply signedIn = second((String) first.json().get("challenge"), account.app().next());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
        assertThat(http.get("/api/session", bearer((String) signedIn.json().get("token"))).status()).isEqualTo(200);
        assertThat(signedIn.sessionSetCookie()).doesNotContain("Max-Age");
    }

    @Test
    void staySignedInCarriesThroughTheSecondStep() {
        Enrolled account = enrolled("totp-remember");

        Reply signedIn = second(challenge(account.email(), true), account.app().next());

        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.sessionSetCookie()).contains("Max-Age=");
    }

    @Test
    void aCodeSignInAsksForTheSecondFactorToo() {
        Enrolled account = enrolled("totp-code");
        int before = APP.mail().codeMailCount(account.email());
        assertThat(http.postJson("/api/login-codes", Map.of("email", account.email())).status()).isEqualTo(202);
        String mailed = APP.mail().mailedCode(account.email(), before + 1);

        Reply first = http.postJson("/api/login-codes/verify", Map.of("email", account.email(), "code", mailed));

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(second((String) first.json().get("challenge"), account.app().next()).status()).isEqualTo(201);
    }

    @Test
    void aCodeOfTheAppIsAcceptedOnceEvenWithinItsWindow() {
        Enrolled account = enrolled("totp-replay");
        assertThat(second(challenge(account.email(), false), account.app().next()).status()).isEqualTo(201);

        Reply replayed = second(challenge(account.email(), false), account.app().last());

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json()).containsEntry("type", "urn:gatehouse:problem:invalid-second-factor");
    }

    @Test
    void aChallengeDiesAfterFiveWrongCodes() {
        Enrolled account = enrolled("totp-attempts");
        String challenge = challenge(account.email(), false);

        for (int i = 0; i < 5; i++) {
            assertThat(second(challenge, account.app().wrong()).status()).isEqualTo(401);
        }

        assertThat(second(challenge, account.app().peek()).status()).as("the right code, too late").isEqualTo(401);
        assertThat(second(challenge(account.email(), false), account.app().next()).status())
                .as("a new sign-in is a new challenge").isEqualTo(201);
    }

    @RepeatedTest(3)
    void aBurstOfWrongCodesOnOneChallengeJudgesAtMostFive() {
        Enrolled account = enrolled("totp-burst-wrong");
        String challenge = challenge(account.email(), false);
        String wrong = account.app().wrong();

        Burst.Outcome burst = Burst.of(20, i -> second(challenge, wrong));

        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(401) + burst.count(503)).as(burst.toString()).isEqualTo(20);
        assertThat(failuresRecorded(account.email())).as("attempts judged").isEqualTo(5);
        assertThat(second(challenge, account.app().peek()).status()).isEqualTo(401);
    }

    @RepeatedTest(3)
    void theSameCodeOfTheAppSentManyTimesAtOnceSignsInOnce() {
        Enrolled account = enrolled("totp-burst-right");
        List<String> challenges = java.util.stream.IntStream.range(0, BURST)
                .mapToObj(i -> challenge(account.email(), false)).toList();
        String code = account.app().next();

        Burst.Outcome burst = Burst.of(BURST, i -> second(challenges.get(i), code));

        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
        assertThat(burst.count(401) + burst.count(503)).as(burst.toString()).isEqualTo(BURST - 1);
    }

    @RepeatedTest(3)
    void aRecoveryCodeSentManyTimesAtOnceSignsInOnce() {
        Enrolled account = enrolled("recovery-burst");
        List<String> challenges = java.util.stream.IntStream.range(0, BURST)
                .mapToObj(i -> challenge(account.email(), false)).toList();
        String recovery = account.recoveryCodes().get(0);

        Burst.Outcome burst = Burst.of(BURST, i -> second(challenges.get(i), recovery));

        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
        assertThat(burst.count(401) + burst.count(503)).as(burst.toString()).isEqualTo(BURST - 1);
        assertThat(second(challenge(account.email(), false), recovery.toUpperCase().replace("-", " ")).status())
                .as("used up").isEqualTo(401);
        assertThat(second(challenge(account.email(), false), account.recoveryCodes().get(1).toUpperCase()).status())
                .as("another one, typed loosely").isEqualTo(201);
    }

    @Test
    void removingTheAppTakesAProofAndBringsBackOneStepSignIn() {
        Enrolled account = enrolled("totp-remove");
        Reply signedIn = second(challenge(account.email(), false), account.app().next());
        String token = (String) signedIn.json().get("token");

        Reply wrong = http.send("DELETE", "/api/users/me/totp", "application/json", "{\"code\":\"aaaaa-aaaaa\"}",
                bearer(token));
        assertThat(wrong.status()).isEqualTo(422);
        Reply removed = http.send("DELETE", "/api/users/me/totp", "application/json",
                "{\"code\":\"" + account.recoveryCodes().get(3) + "\"}", bearer(token));

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(http.logIn(account.email(), Visitors.PASSWORD, false).status()).isEqualTo(201);
        int left = APP.database().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = :email")
                .bind("email", account.email()).mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void theSecretIsStoredEncryptedAndTheRecoveryCodesHashed() {
        Enrolled account = enrolled("totp-at-rest");
        Map<String, Object> stored = APP.database().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT t.sealed_secret, (SELECT GROUP_CONCAT(code_hash) FROM recovery_codes r WHERE r.user_id = u.id) AS hashes"
                                + " FROM totp_credentials t JOIN users u ON u.id = t.user_id WHERE u.email = :email")
                .bind("email", account.email()).mapToMap().one());

        byte[] sealed = (byte[]) stored.get("sealed_secret");
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Gatehouse");
        assertThat(sealed.length).isGreaterThan(20 + 16);
        String hashes = (String) stored.get("hashes");
        assertThat(account.recoveryCodes()).noneMatch(code -> hashes.contains(code.replace("-", "")));
        assertThat(hashes.split(",")).hasSize(10).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void wrongAndReplayedSecondFactorsAreAudited() {
        Enrolled account = enrolled("totp-audit");
        second(challenge(account.email(), false), account.app().wrong());

        assertThat(failuresRecorded(account.email())).isEqualTo(1);
        assertThat(eventsOfType(account.email(), "second-factor-enrolled")).isEqualTo(1);
    }

    @Test
    void aPasswordResetLeavesTheSecondFactorInPlace() {
        Enrolled account = enrolled("totp-reset");
        int before = APP.mail().codeMailCount(account.email());
        assertThat(http.postJson("/api/password-resets", Map.of("email", account.email())).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(account.email(), before + 1);
        String newPassword = "purple elephant marching quietly";
        assertThat(http.postJson("/api/password-resets/confirm", Map.of("email", account.email(), "code", code,
                "newPassword", newPassword)).status()).isEqualTo(204);

        Reply first = http.logIn(account.email(), newPassword, false);

        assertThat(first.status()).as("the new password is only the first step").isEqualTo(202);
        assertThat(second((String) first.json().get("challenge"), account.app().next()).status()).isEqualTo(201);
    }

    private static int failuresRecorded(String email) {
        return eventsOfType(email, "second-factor-failed");
    }

    private static int eventsOfType(String email, String type) {
        return (int) APP.database().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM audit_events a JOIN users u ON u.id = a.subject_id"
                                + " WHERE u.email = :email AND a.type = :type")
                .bind("email", email).bind("type", type).mapTo(Integer.class).one());
    }
}
