package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-account throttles over real HTTP with their default policies, counted in MySQL: five
 * failed sign-ins are free, then 429 with Retry-After, the same for an address nobody registered.
 */
class ThrottlingAppTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient api;

    @BeforeAll
    static void client() {
        api = APP.api();
    }

    /** Seven wrong sign-ins in a row: what each answered (status, Retry-After, body). */
    private static List<String> sevenWrongSignIns(String email) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Reply reply = api.logIn(email, "wrong password number " + i, false);
            answers.add(reply.status() + " " + reply.header("Retry-After") + " " + reply.contentType() + " " + reply.body());
        }
        return answers;
    }

    @Test
    void afterFiveFreeFailuresTheAccountGets429WithRetryAfterKnownOrNot() {
        String known = uniqueEmail("throttle");
        api.registeredAndProven(known, PASSWORD);

        List<String> knownAnswers = sevenWrongSignIns(known);
        Reply rightPasswordTooSoon = api.logIn(known, PASSWORD, false);
        List<String> unknownAnswers = sevenWrongSignIns(uniqueEmail("throttle"));

        assertThat(knownAnswers.subList(0, 6)).allSatisfy(answer -> assertThat(answer).startsWith("401 null"));
        assertThat(knownAnswers.get(6)).startsWith("429 1 application/problem+json");
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(rightPasswordTooSoon.status()).isEqualTo(429);
    }

    @Test
    void aBrowserThatSignedInBeforeIsNotLockedOutBySomeoneElsesFailures() {
        String email = uniqueEmail("throttle");
        api.registeredAndProven(email, PASSWORD);
        String deviceCookie = api.logIn(email, PASSWORD, false).setCookiePair("__Host-gh_device");
        sevenWrongSignIns(email);
        assertThat(api.logIn(email, PASSWORD, false).status()).as("any other client").isEqualTo(429);

        Reply owner = api.postJson("/api/sessions", Map.of("email", email, "password", PASSWORD, "rememberMe", false),
                "Cookie", deviceCookie);
        Reply ownerWrong = api.postJson("/api/sessions", Map.of("email", email, "password", "a typo", "rememberMe", false),
                "Cookie", deviceCookie);
        Reply anotherAccount = api.postJson("/api/sessions",
                Map.of("email", uniqueEmailLockedOut(), "password", PASSWORD, "rememberMe", false), "Cookie", deviceCookie);

        assertThat(owner.status()).isEqualTo(201);
        assertThat(ownerWrong.status()).isEqualTo(401);
        assertThat(anotherAccount.status()).as("the cookie vouches for its own address only").isEqualTo(429);
        assertThat(api.logIn(email, PASSWORD, false).status()).as("still any other client").isEqualTo(429);
    }

    private static String uniqueEmailLockedOut() {
        String email = uniqueEmail("throttle");
        sevenWrongSignIns(email);
        return email;
    }

    @Test
    void theRightPasswordAfterTheWaitSignsInAndStartsTheCountAfresh() throws InterruptedException {
        String email = uniqueEmail("throttle");
        api.registeredAndProven(email, PASSWORD);
        sevenWrongSignIns(email);

        Thread.sleep(1_100);
        Reply signedIn = api.logIn(email, PASSWORD, false);

        assertThat(signedIn.status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            assertThat(api.logIn(email, "wrong again " + i, false).status()).isEqualTo(401);
        }
    }

    @Test
    void codeRequestsForOneAddressAreThrottledAndTheAnswerStaysTheSameUntilThen() {
        String email = uniqueEmail("throttle");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(api.postJson("/api/login-codes", Map.of("email", email)).status());
        }

        Reply throttled = api.postJson("/api/password-resets", Map.of("email", email));

        assertThat(statuses).containsOnly(202);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("30");
    }
}
