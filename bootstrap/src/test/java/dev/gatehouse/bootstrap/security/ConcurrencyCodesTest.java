package dev.gatehouse.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Emailed codes under bursts (ASVS 5.0 6.5.1 single use, 6.3.1 a code's five tries): the same
 * code entered many times at once. The address's guessing throttle is opened wide here, so every
 * request of a burst reaches the code itself and the code's own rules are what is tested; the
 * throttle under bursts is {@link ConcurrencyThrottlingTest}'s.
 */
class ConcurrencyCodesTest {

    private static final String NEW_PASSWORD = "purple elephant marching quietly";
    private static final int BURST = 12;

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("throttling.policies.sign-in-failures/account.freeAttempts", "1000"),
            ConfigOverride.config("throttling.policies.sign-in-failures/account.maxPerWindow", "1000")).withMail();

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

    private static Reply confirmReset(String email, String code) {
        return http.postJson("/api/password-resets/confirm", Map.of("email", email, "code", code, "newPassword", NEW_PASSWORD));
    }

    /** The code of a new request: the mail after those already there (a registration's code among them). */
    private static String mailedCode(String path, String email) {
        int before = APP.mail().codeMailCount(email);
        assertThat(http.postJson(path, Map.of("email", email)).status()).isEqualTo(202);
        return APP.mail().mailedCode(email, before + 1);
    }

    /** A six-digit code other than {@code code}, a different one for each {@code index}. */
    private static String wrongCode(String code, int index) {
        return String.format("%06d", (Integer.parseInt(code) + 1 + index) % 1_000_000);
    }

    @RepeatedTest(5)
    void asvs_6_5_1_aSignInCodeEnteredManyTimesAtOnceSignsInOnce() {
        String email = visitors.registered("code-burst");
        String code = mailedCode("/api/login-codes", email);

        Burst.Outcome burst = Burst.of(BURST, i -> verify(email, code));

        System.out.println("sign-in code entered " + BURST + " times at once: " + burst);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
        // Every other entry is refused: as a used code, or, on a machine too busy to hold all of them
        // at the row lock in time, with 503 and Retry-After (serverErrors checks the header).
        assertThat(burst.count(401) + burst.count(503)).as(burst.toString()).isEqualTo(BURST - 1);
    }

    @RepeatedTest(5)
    void asvs_6_5_1_aResetCodeEnteredManyTimesAtOnceResetsOnce() {
        String email = visitors.registered("reset-burst");
        String code = mailedCode("/api/password-resets", email);

        Burst.Outcome burst = Burst.of(BURST, i -> confirmReset(email, code));

        System.out.println("reset code entered " + BURST + " times at once: " + burst);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(204)).as(burst.toString()).isEqualTo(1);
        // Every other entry is refused: as a used code, or, on a machine too busy to hold all of them
        // at the row lock in time, with 503 and Retry-After (serverErrors checks the header).
        assertThat(burst.count(401) + burst.count(503)).as(burst.toString()).isEqualTo(BURST - 1);
        assertThat(http.logIn(email, NEW_PASSWORD, false).status()).isEqualTo(201);
    }

    @RepeatedTest(5)
    void asvs_6_3_1_thirtyWrongCodesAtOnceSpendTheCodesFiveTries() {
        String email = visitors.registered("guess-burst");
        String code = mailedCode("/api/login-codes", email);

        Burst.Outcome burst = Burst.of(30, i -> verify(email, wrongCode(code, i)));
        Reply right = verify(email, code);

        System.out.println("30 wrong codes at once: " + burst + ", then the right one: " + right.status());
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(401, 429)).isEmpty();
        assertThat(right.status()).as("the code died after five wrong tries").isEqualTo(401);
    }
}
