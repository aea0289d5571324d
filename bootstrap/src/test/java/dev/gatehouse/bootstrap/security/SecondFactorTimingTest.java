package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The second factor's clocks and throttle, and step-up for sensitive actions (ASVS 5.0 6.6.x a
 * challenge's short life; 6.3.x throttled guessing; 7.5.x re-authentication before sensitive
 * changes), with a challenge of two seconds and a recent authentication of five.
 */
class SecondFactorTimingTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("mfa.challengeLifetime", "2s"),
            ConfigOverride.config("security.recentAuthentication", "5s")).withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A signed-in account with a confirmed app: its token and the app. */
    private record Enrolled(Visitors.Account account, Authenticator app) {
    }

    private static Enrolled enrolled(String label) {
        Visitors.Account account = visitors.newAccount(label);
        Reply pending = http.postJson("/api/users/me/totp", Map.of(), bearer(account.token()));
        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        Authenticator app = new Authenticator((String) pending.json().get("secret"));
        assertThat(http.postJson("/api/users/me/totp/confirm", Map.of("code", app.next()), bearer(account.token()))
                .status()).isEqualTo(200);
        return new Enrolled(account, app);
    }

    private static String challenge(String email) {
        Reply first = http.logIn(email, Visitors.PASSWORD, false);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        return (String) first.json().get("challenge");
    }

    private static Reply second(String challenge, String code) {
        return http.postJson("/api/sessions/second-factor", Map.of("challenge", challenge, "code", code));
    }

    private static Reply changePassword(String token, String next) {
        return http.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + Visitors.PASSWORD + "\",\"newPassword\":\"" + next + "\"}", bearer(token));
    }

    @Test
    void aChallengeEndsAfterItsLifetime() {
        Enrolled enrolled = enrolled("totp-expiry");
        String challenge = challenge(enrolled.account().email());

        sleep(2_500);

        assertThat(second(challenge, enrolled.app().peek()).status()).isEqualTo(401);
        assertThat(second(challenge(enrolled.account().email()), enrolled.app().next()).status()).isEqualTo(201);
    }

    @Test
    void aSensitiveActionAfterTheWindowAsksForReauthenticationThenGoesThrough() {
        Visitors.Account account = visitors.newAccount("step-up");
        sleep(5_500);

        Reply stale = changePassword(account.token(), "a brand new passphrase here");
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json()).containsEntry("type", "urn:gatehouse:problem:reauthentication-required");
        assertThat(http.postJson("/api/session/reauthenticate", Map.of("password", "not the password at all"),
                bearer(account.token())).status()).isEqualTo(422);
        Reply reauthenticated = http.postJson("/api/session/reauthenticate", Map.of("password", Visitors.PASSWORD),
                bearer(account.token()));
        assertThat(reauthenticated.status()).as(reauthenticated.body()).isEqualTo(204);

        assertThat(changePassword(account.token(), "a brand new passphrase here").status()).isEqualTo(204);
    }

    @Test
    void theAppsCodeReauthenticatesToo() {
        Enrolled enrolled = enrolled("step-up-totp");
        sleep(5_500);
        String token = enrolled.account().token();
        assertThat(http.send("DELETE", "/api/users/me", "application/json",
                "{\"password\":\"" + Visitors.PASSWORD + "\"}", bearer(token)).status()).isEqualTo(403);

        assertThat(http.postJson("/api/session/reauthenticate", Map.of("code", enrolled.app().wrong()), bearer(token))
                .status()).isEqualTo(422);
        assertThat(http.postJson("/api/session/reauthenticate", Map.of("code", enrolled.app().next()), bearer(token))
                .status()).isEqualTo(204);

        assertThat(http.send("DELETE", "/api/users/me", "application/json",
                "{\"password\":\"" + Visitors.PASSWORD + "\"}", bearer(token)).status()).isEqualTo(204);
    }

    @Test
    void guessingTheSecondFactorIsThrottledPerAccountAndARightPasswordDoesNotResetIt() {
        Enrolled enrolled = enrolled("totp-throttle");
        String email = enrolled.account().email();
        int throttledAt = -1;
        for (int attempt = 0; attempt < 12 && throttledAt < 0; attempt++) {
            // A new challenge each time: the right password clears the address's sign-in count, not this one.
            Reply guess = second(challenge(email), enrolled.app().wrong());
            if (guess.status() == 429) {
                throttledAt = attempt;
                assertThat(guess.header("Retry-After")).isNotNull();
            } else {
                assertThat(guess.status()).isEqualTo(401);
            }
        }

        assertThat(throttledAt).as("throttled after the free attempts").isBetween(5, 11);
    }

    @Test
    void aPageAsksToReauthenticateAndComesBackToWhereItWasGoing() {
        Visitors.Account account = visitors.newAccount("step-up-page");
        sleep(5_500);

        Reply stale = http.get("/account/password", "Cookie", account.cookiePair());
        assertThat(stale.status()).isEqualTo(303);
        assertThat(stale.header("Location")).endsWith("/account/reauthenticate?next=%2Faccount%2Fpassword");
        Reply form = http.get("/account/reauthenticate?next=%2Faccount%2Fpassword", "Cookie", account.cookiePair());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"password\"").contains("value=\"/account/password\"");

        Reply wrong = http.send("POST", "/account/reauthenticate", "application/x-www-form-urlencoded",
                "csrf_token=" + account.csrfToken() + "&password=not+the+password&next=%2Faccount%2Fpassword",
                "Cookie", account.cookiePair());
        assertThat(wrong.status()).isEqualTo(422);
        Reply back = http.send("POST", "/account/reauthenticate", "application/x-www-form-urlencoded",
                "csrf_token=" + account.csrfToken() + "&password=" + Visitors.PASSWORD.replace(' ', '+')
                        + "&next=%2Faccount%2Fpassword", "Cookie", account.cookiePair());
        assertThat(back.status()).isEqualTo(303);
        assertThat(back.header("Location")).endsWith("/account/password");

        assertThat(http.get("/account/password", "Cookie", account.cookiePair()).status()).isEqualTo(200);
    }
}
