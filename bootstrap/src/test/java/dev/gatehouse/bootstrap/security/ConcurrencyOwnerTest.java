package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static dev.gatehouse.bootstrap.security.Visitors.newClientAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stranger's burst against someone else's address must not shut its owner out (ASVS 5.0 6.1.1,
 * malicious lockout): not from a password sign-in in the owner's recognised browser, not out of a
 * code the owner already holds, not out of asking for a code. Each visitor speaks as a client
 * address of its own (the loopback is a trusted proxy here). An address's hourly cap of failed
 * sign-ins is cut to its five free attempts, so a stranger's burst reaches it at once.
 */
class ConcurrencyOwnerTest {

    private static final int HOURLY_CAP = 5;

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("throttling.policies.sign-in-failures/account.maxPerWindow", String.valueOf(HOURLY_CAP)))
            .withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    /** A call from {@code client}, bringing {@code cookie} when there is one. */
    private static Reply post(String client, String cookie, String path, Map<String, Object> body) {
        return cookie == null
                ? http.postJson(path, body, "X-Forwarded-For", client)
                : http.postJson(path, body, "X-Forwarded-For", client, "Cookie", cookie);
    }

    private static Reply signIn(String client, String cookie, String email, String password) {
        return post(client, cookie, "/api/sessions", Map.of("email", email, "password", password, "rememberMe", false));
    }

    private static Reply requestCode(String client, String cookie, String email) {
        return post(client, cookie, "/api/login-codes", Map.of("email", email));
    }

    private static Reply verify(String client, String cookie, String email, String code) {
        return post(client, cookie, "/api/login-codes/verify", Map.of("email", email, "code", code));
    }

    /** The owner signs in once from {@code client} and out again: the browser keeps its device cookie. */
    private static String recognisedBrowser(String client, String email) {
        Reply signedIn = signIn(client, null, email, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(http.delete("/api/session", bearer((String) signedIn.json().get("token"))).status()).isEqualTo(204);
        return signedIn.setCookiePair("__Host-gh_device");
    }

    /** How many mails {@code email} has once no more arrive for a second (the outbox is drained). */
    private static int settledMailCount(String email) {
        AtomicInteger seen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> seen.getAndSet(APP.mail().codeMailCount(email)) == seen.get());
        return seen.get();
    }

    @RepeatedTest(5)
    void asvs_6_1_1_theOwnersRecognisedBrowserSignsInWhenAStrangerHasReachedTheAddresssHourlyCap() {
        String email = visitors.registered("capped");
        String owner = newClientAddress();
        String device = recognisedBrowser(owner, email);
        String stranger = newClientAddress();

        Burst.Outcome burst = Burst.of(8, i -> signIn(stranger, null, email, "a stranger's guess " + i));
        Reply strangerAfter = signIn(stranger, null, email, PASSWORD);
        Reply ownerAfter = signIn(owner, device, email, PASSWORD);

        System.out.println("a stranger's 8 wrong passwords at once (hourly cap " + HOURLY_CAP + "): " + burst
                + "; the stranger then: " + strangerAfter.status() + " Retry-After " + strangerAfter.header("Retry-After")
                + "; the owner's browser: " + ownerAfter.status());
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(strangerAfter.status()).isEqualTo(429);
        assertThat(Integer.parseInt(strangerAfter.header("Retry-After"))).as("waits for the hour's end").isGreaterThan(60);
        assertThat(ownerAfter.status()).as("the owner's recognised browser").isEqualTo(201);
    }

    @RepeatedTest(3)
    void asvs_6_1_1_aStrangersCodeRequestsDoNotKillTheCodeTheOwnerHolds() {
        String email = visitors.registered("holds-code");
        String owner = newClientAddress();
        int mailsBefore = APP.mail().codeMailCount(email); // the registration's code
        assertThat(requestCode(owner, null, email).status()).isEqualTo(202);
        String ownersCode = APP.mail().mailedCode(email, mailsBefore + 1);
        String stranger = newClientAddress();

        Burst.Outcome burst = Burst.of(10, i -> requestCode(stranger, null, email));
        Reply ownerSignsIn = verify(owner, null, email, ownersCode);

        System.out.println("a stranger's 10 code requests at once: " + burst + "; the owner's first code: "
                + ownerSignsIn.status());
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(202, 429)).isEmpty();
        assertThat(ownerSignsIn.status()).as("the owner's first code still signs in").isEqualTo(201);
    }

    @RepeatedTest(3)
    void asvs_6_1_1_theOwnersRecognisedBrowserGetsACodeWhenAStrangerHasSpentTheAddresssRequests() {
        String email = visitors.registered("asks-code");
        String owner = newClientAddress();
        String device = recognisedBrowser(owner, email);
        String stranger = newClientAddress();

        Burst.Outcome burst = Burst.of(30, i -> requestCode(stranger, null, email));
        Reply strangerAfter = requestCode(stranger, null, email);
        int mailsBefore = settledMailCount(email);
        Reply ownerAsks = requestCode(owner, device, email);

        System.out.println("a stranger's 30 code requests at once: " + burst + "; the stranger then: "
                + strangerAfter.status() + "; the owner's browser: " + ownerAsks.status());
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(202, 429)).isEmpty();
        assertThat(strangerAfter.status()).as("the address's requests are spent").isEqualTo(429);
        assertThat(ownerAsks.status()).as("the owner's recognised browser").isEqualTo(202);
        String code = APP.mail().mailedCode(email, mailsBefore + 1);
        assertThat(verify(owner, device, email, code).status()).isEqualTo(201);
    }
}
