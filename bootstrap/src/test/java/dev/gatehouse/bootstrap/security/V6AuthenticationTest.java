package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ASVS 5.0 V6 (authentication), black-box: passwords, guessing, enumeration and emailed codes over
 * HTTP only, codes read from a real SMTP server's mailbox. Codes are valid three seconds here, so
 * their expiry can be watched; everything else runs on the shipped defaults.
 */
class V6AuthenticationTest {

    private static final Duration CODE_VALIDITY = Duration.ofSeconds(3);
    private static final String NEW_PASSWORD = "purple elephant marching quietly";
    private static final Pattern PASSWORD_FIELD = Pattern.compile("<input[^>]*name=\"[a-z_]*password\"[^>]*>");

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("codes.validity", CODE_VALIDITY.toSeconds() + " seconds")).withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static Reply verify(String email, String code) {
        return http.postJson("/api/login-codes/verify", Map.of("email", email, "code", code));
    }

    /** The code of a new request: the mail after those already there (a registration's code among them). */
    private static String requestCode(String email) {
        int before = APP.mail().codeMailCount(email);
        assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
        return APP.mail().mailedCode(email, before + 1);
    }

    private static Reply changePassword(Account account, String current, String next) {
        return http.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}", bearer(account.token()));
    }

    @Test
    void asvs_6_2_1_passwordsShorterThanTwelveCharactersAreRefused() {
        Reply eleven = http.register(uniqueEmail("short"), "elevenchars");
        Reply twelve = http.register(uniqueEmail("short"), "twelve chars");

        assertThat(eleven.status()).isEqualTo(422);
        assertThat(eleven.body()).contains("\"password\"");
        assertThat(twelve.status()).isEqualTo(202);
    }

    @Test
    void asvs_6_2_9_passwordsOfUpTo1024CharactersWorkAndLongerOnesAreRefused() {
        String email = uniqueEmail("long");
        String longest = "a long passphrase ".repeat(56) + "x".repeat(16);

        assertThat(longest.codePointCount(0, longest.length())).isEqualTo(1024);
        http.registeredAndProven(email, longest);
        assertThat(http.logIn(email, longest, false).status()).isEqualTo(201);
        assertThat(http.register(uniqueEmail("long"), longest + "y").status()).isEqualTo(422);
    }

    @Test
    void asvs_6_2_4_and_6_2_11_commonAndContextSpecificPasswordsAreRefusedWithTheReason() {
        Reply common = http.register(uniqueEmail("common"), "qwertyuiopasdfghjkl");
        List<Reply> moreCommon = Stream.of("1qaz2wsx3edc", "123qweasdzxc", "Qwertyuiop123", "12345678987654321")
                .map(password -> http.register(uniqueEmail("common"), password)).toList();
        Reply contextual = http.register("gatehouse-fan@example.org", "my gatehouse-fan password");
        Reply serviceName = http.register(uniqueEmail("service"), "i love GATEHOUSE so much");

        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body()).contains("too common");
        assertThat(moreCommon).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.body()).contains("too common");
        });
        assertThat(List.of(contextual, serviceName)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.body()).contains("email address or the service name");
        });
    }

    @Test
    void asvs_6_2_5_noCompositionRules() {
        assertThat(http.register(uniqueEmail("plain"), "only lower case words here").status()).isEqualTo(202);
    }

    @Test
    void asvs_6_2_6_everyPasswordFieldIsMasked() {
        Account ann = visitors.newAccount("masked");
        Map<String, String> pages = Map.of(
                "/login", http.get("/login").body(),
                "/register", http.get("/register").body(),
                "/password/reset", http.get("/password/reset?email=" + ann.email()).body(),
                "/account/password", http.get("/account/password", "Cookie", ann.cookiePair()).body(),
                "/account", http.get("/account", "Cookie", ann.cookiePair()).body());

        pages.forEach((path, page) -> {
            Matcher fields = PASSWORD_FIELD.matcher(page);
            int found = 0;
            while (fields.find()) {
                assertThat(fields.group()).as(path).contains("type=\"password\"");
                found++;
            }
            assertThat(found).as("password fields on " + path).isPositive();
        });
    }

    @Test
    void asvs_6_2_8_thePasswordIsVerifiedExactlyAsTyped() {
        String email = visitors.registered("exact");

        assertThat(http.logIn(email, PASSWORD.toUpperCase(), false).status()).isEqualTo(401);
        assertThat(http.logIn(email, PASSWORD + " ", false).status()).isEqualTo(401);
        assertThat(http.logIn(email, " " + PASSWORD, false).status()).isEqualTo(401);
        assertThat(http.logIn(email, PASSWORD.substring(0, PASSWORD.length() - 1), false).status()).isEqualTo(401);
        assertThat(http.logIn(email, PASSWORD, false).status()).isEqualTo(201);
    }

    @Test
    void asvs_6_2_2_and_6_2_3_changingThePasswordNeedsTheCurrentOne() {
        Account here = visitors.newAccount("change");

        Reply wrong = changePassword(here, "not the current password", NEW_PASSWORD);
        Reply changed = changePassword(here, PASSWORD, NEW_PASSWORD);

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("currentPassword").doesNotContain("not the current password");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(http.logIn(here.email(), PASSWORD, false).status()).isEqualTo(401);
        assertThat(http.logIn(here.email(), NEW_PASSWORD, false).status()).isEqualTo(201);
    }

    @Test
    void asvs_6_3_1_guessingAnAccountIsThrottledLongBeforeAHundredTries() {
        String email = visitors.registered("guessing");
        int attempts = 0;
        Reply reply;
        do {
            reply = http.logIn(email, "guess number " + attempts, false);
            attempts++;
        } while (reply.status() == 401 && attempts < 100);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(attempts).isLessThanOrEqualTo(10);
        assertThat(Integer.parseInt(reply.header("Retry-After"))).isPositive();
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(http.logIn(email, PASSWORD, false).status()).as("the right password tells nothing now").isEqualTo(429);
    }

    @Test
    void asvs_6_3_1_anUnknownAddressIsThrottledExactlyAsAKnownOne() {
        List<String> known = sevenWrongSignIns(visitors.registered("known"));
        List<String> unknown = sevenWrongSignIns(uniqueEmail("nobody"));

        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(6)).startsWith("429");
    }

    private static List<String> sevenWrongSignIns(String email) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Reply reply = http.logIn(email, "wrong password number " + i, false);
            answers.add(reply.status() + " " + reply.header("Retry-After") + " " + reply.body());
        }
        return answers;
    }

    @Test
    void asvs_6_1_1_aBrowserThatSignedInBeforeIsNotLockedOutBySomeoneElsesGuessing() {
        String email = visitors.registered("owner");
        String deviceCookie = http.logIn(email, PASSWORD, false).setCookiePair("__Host-gh_device");
        sevenWrongSignIns(email);

        Reply owner = http.postJson("/api/sessions", Map.of("email", email, "password", PASSWORD), "Cookie", deviceCookie);
        Reply stranger = http.logIn(email, PASSWORD, false);

        assertThat(owner.status()).isEqualTo(201);
        assertThat(stranger.status()).isEqualTo(429);
    }

    @Test
    void asvs_6_3_8_anUnknownAddressAndAWrongPasswordAnswerAlikeInStatusBodyHeadersAndTime() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            known.add(visitors.registered("timing"));
        }
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        Reply wrongPassword = null;
        Reply unknownAddress = null;
        for (int i = 0; i < known.size(); i++) {
            long started = System.nanoTime();
            wrongPassword = http.logIn(known.get(i), "not the password " + i, false);
            long between = System.nanoTime();
            unknownAddress = http.logIn(uniqueEmail("timing-nobody"), "not the password " + i, false);
            long ended = System.nanoTime();
            if (i >= 3) { // the first few warm the server up
                knownNanos.add(between - started);
                unknownNanos.add(ended - between);
            }
        }

        assertThat(unknownAddress.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownAddress.body()).isEqualTo(wrongPassword.body());
        assertThat(comparableHeaders(unknownAddress)).isEqualTo(comparableHeaders(wrongPassword));
        assertThat(Timing.mediansWithin(knownNanos, unknownNanos, 0.25)).as(Timing.describe(knownNanos, unknownNanos)).isTrue();
    }

    @Test
    void asvs_6_3_8_codeAndResetRequestsAnswerAlikeForKnownAndUnknownAddresses() {
        for (String path : List.of("/api/login-codes", "/api/password-resets")) {
            Reply known = http.postJson(path, Map.of("email", visitors.registered("ask")));
            Reply unknown = http.postJson(path, Map.of("email", uniqueEmail("ask-nobody")));

            assertThat(unknown.status()).as(path).isEqualTo(known.status()).isEqualTo(202);
            assertThat(unknown.body()).as(path).isEqualTo(known.body());
            assertThat(comparableHeaders(unknown)).as(path).isEqualTo(comparableHeaders(known));
        }
    }

    /** Headers that may differ between any two answers (a date, a request id) left out. */
    static Map<String, List<String>> comparableHeaders(Reply reply) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(reply.headers());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("date") || name.equalsIgnoreCase("x-request-id"));
        return headers;
    }

    @Test
    void asvs_6_5_1_and_6_5_4_aMailedCodeIsSixDigitsAndWorksOnce() {
        String email = visitors.registered("once");
        String code = requestCode(email);

        assertThat(code).matches("\\d{6}");
        assertThat(verify(email, code).status()).isEqualTo(201);
        assertThat(verify(email, code).status()).isEqualTo(401);
    }

    @Test
    void asvs_6_5_1_aNewCodeLeavesTheOneBeforeUsableEachOnce() {
        String email = visitors.registered("replaced");
        String first = requestCode(email);
        String second = requestCode(email);

        assertThat(verify(email, first).status()).isEqualTo(201);
        assertThat(verify(email, second).status()).isEqualTo(201);
        assertThat(verify(email, first).status()).isEqualTo(401);
        assertThat(verify(email, second).status()).isEqualTo(401);
    }

    @Test
    void asvs_6_5_5_aCodeExpires() throws InterruptedException {
        String email = visitors.registered("expiring");
        String code = requestCode(email);

        Thread.sleep(CODE_VALIDITY.plusMillis(300).toMillis());

        assertThat(verify(email, code).status()).isEqualTo(401);
    }

    @Test
    void asvs_6_3_1_aCodeIsDeadAfterFiveWrongTries() {
        String email = visitors.registered("five");
        String code = requestCode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(verify(email, wrong).status()).isEqualTo(401);
        }

        assertThat(verify(email, code).status()).isEqualTo(401);
    }

    @Test
    void asvs_6_4_3_aResetSetsTheNewPasswordAndEndsEverySession() {
        Account ann = visitors.newAccount("reset");
        assertThat(http.postJson("/api/password-resets", Map.of("email", ann.email())).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(ann.email(), 2); // the first confirmed the registration

        Reply confirmed = http.postJson("/api/password-resets/confirm",
                Map.of("email", ann.email(), "code", code, "newPassword", NEW_PASSWORD));

        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(http.get("/api/session", bearer(ann.token())).status()).isEqualTo(401);
        assertThat(http.logIn(ann.email(), NEW_PASSWORD, false).status()).isEqualTo(201);
        assertThat(http.logIn(ann.email(), PASSWORD, false).status()).isEqualTo(401);
    }
}
