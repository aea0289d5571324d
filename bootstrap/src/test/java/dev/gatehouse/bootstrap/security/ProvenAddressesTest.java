package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proven addresses with the default {@code registration.requireVerifiedEmail: true} (ASVS 6.4.x,
 * 6.3.7, and V6's "no user enumeration" for registration): registration answers alike for new and
 * taken addresses, a password signs in only once the address is proven, and a password a stranger
 * set for someone else's address goes the moment the address's owner proves it without the
 * stranger's registration token (account pre-hijacking).
 */
class ProvenAddressesTest {

    private static final String STRANGERS_PASSWORD = "the stranger chose this one";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension().withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static Reply verify(String email, String code, Object registration) {
        Map<String, Object> body = registration == null ? Map.of("email", email, "code", code)
                : Map.of("email", email, "code", code, "registration", registration);
        return http.postJson("/api/login-codes/verify", body);
    }

    private static int queuedMailTo(String email) {
        return APP.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :email").bind("email", email)
                .mapTo(Integer.class).one());
    }

    private static String latestCode(String email) {
        APP.mail().awaitMailTo(email, 1);
        return APP.mail().mailedCode(email, Math.max(1, APP.mail().codeMailCount(email)));
    }

    @Test
    void asvs_6_4_aStrangersPasswordForSomeoneElsesAddressGoesWhenTheOwnerSignsInByCode() throws Exception {
        String ann = uniqueEmail("ann");
        Reply strangers = http.register(ann, STRANGERS_PASSWORD);
        assertThat(strangers.status()).isEqualTo(202);
        assertThat(http.logIn(ann, STRANGERS_PASSWORD, false).status()).as("unproven: no password sign-in").isEqualTo(403);

        // Ann, elsewhere, signs in with the code that reached her inbox; she has no registration token.
        Reply owner = verify(ann, latestCode(ann), null);
        assertThat(owner.status()).as(owner.body()).isEqualTo(201);

        assertThat(http.logIn(ann, STRANGERS_PASSWORD, false).status()).as("the stranger's password").isEqualTo(401);
        assertThat(http.get("/api/users/me", bearer((String) owner.json().get("token"))).json())
                .containsEntry("emailVerified", true);
        MimeMessage notice = APP.mail().awaitMailTo(ann, 2);
        assertThat(notice.getSubject()).as("the notice that the password was removed")
                .isNotEqualTo(APP.mail().awaitMailTo(ann, 1).getSubject());
    }

    @Test
    void asvs_6_4_aProofWithAnotherRegistrationsTokenIsNoBindingEither() throws Exception {
        String ann = uniqueEmail("ann");
        http.register(ann, STRANGERS_PASSWORD);
        Object someoneElses = http.register(uniqueEmail("other"), PASSWORD).json().get("registration");

        assertThat(verify(ann, latestCode(ann), someoneElses).status()).isEqualTo(201);

        assertThat(http.logIn(ann, STRANGERS_PASSWORD, false).status()).isEqualTo(401);
    }

    @Test
    void asvs_6_4_theRegistrantWithTheTokenKeepsThePasswordAndSignsInByIt() {
        String bob = uniqueEmail("bob");
        Reply registered = http.register(bob, PASSWORD);

        Reply proven = verify(bob, latestCode(bob), registered.json().get("registration"));

        assertThat(proven.status()).as(proven.body()).isEqualTo(201);
        assertThat(http.logIn(bob, PASSWORD, false).status()).isEqualTo(201);
        assertThat(APP.mail().mailCount(bob)).as("no removal notice").isEqualTo(1);
    }

    @Test
    void asvs_6_4_aPasswordResetAlsoRemovesTheStrangersPassword() {
        String ann = uniqueEmail("ann");
        http.register(ann, STRANGERS_PASSWORD);
        APP.mail().awaitMailTo(ann, 1);
        assertThat(http.postJson("/api/password-resets", Map.of("email", ann)).status()).isEqualTo(202);
        String resetCode = APP.mail().mailedCode(ann, 2);

        Reply reset = http.postJson("/api/password-resets/confirm",
                Map.of("email", ann, "code", resetCode, "newPassword", "ann's own new passphrase"));

        assertThat(reset.status()).as(reset.body()).isIn(200, 204);
        assertThat(http.logIn(ann, STRANGERS_PASSWORD, false).status()).isEqualTo(401);
        assertThat(http.logIn(ann, "ann's own new passphrase", false).status()).isEqualTo(201);
        APP.mail().awaitMailTo(ann, 3);
    }

    @Test
    void asvs_6_3_emailUnverifiedIsSaidOnlyAfterTheRightPassword() {
        String carol = uniqueEmail("carol");
        http.register(carol, PASSWORD);

        Reply wrong = http.logIn(carol, "not the password at all", false);
        Reply right = http.logIn(carol, PASSWORD, false);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("email-unverified");
        assertThat(right.status()).isEqualTo(403);
        assertThat(right.contentType()).startsWith("application/problem+json");
        assertThat(right.json()).containsEntry("type", "urn:gatehouse:problem:email-unverified");
        assertThat(right.sessionSetCookie()).isNull();
    }

    @Test
    void asvs_6_3_8_registrationAnswersAlikeForANewAndATakenAddress() throws Exception {
        String taken = visitors.registered("taken");

        Reply forNew = http.register(uniqueEmail("new"), PASSWORD);
        Reply forTaken = http.register(taken, PASSWORD);

        assertThat(forTaken.status()).isEqualTo(forNew.status()).isEqualTo(202);
        assertThat(forTaken.json().keySet()).isEqualTo(forNew.json().keySet());
        assertThat(forTaken.json().get("detail")).isEqualTo(forNew.json().get("detail"));
        assertThat(((String) forTaken.json().get("registration")).length())
                .isEqualTo(((String) forNew.json().get("registration")).length());
        assertThat(forTaken.json().get("registration")).isNotEqualTo(forNew.json().get("registration"));
        assertThat(V6AuthenticationTest.comparableHeaders(forTaken)).isEqualTo(V6AuthenticationTest.comparableHeaders(forNew));
        assertThat(APP.mail().awaitMailTo(taken, 2).getSubject()).as("the owner hears of it").isNotBlank();
    }

    /** Both cost one password hash; a generous bound, as this machine is shared: no tight, flaky one. */
    @Test
    void asvs_6_3_8_registrationTakesAsLongForANewAsForATakenAddress() {
        String taken = visitors.registered("timing-taken");
        List<Long> newNanos = new ArrayList<>();
        List<Long> takenNanos = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long started = System.nanoTime();
            Reply forNew = http.register(uniqueEmail("timing-new"), PASSWORD);
            long between = System.nanoTime();
            Reply forTaken = http.register(taken, PASSWORD);
            long ended = System.nanoTime();
            assertThat(forNew.status()).isEqualTo(forTaken.status()).isEqualTo(202);
            if (i >= 3) { // the first few warm the server up
                newNanos.add(between - started);
                takenNanos.add(ended - between);
            }
        }

        assertThat(Timing.mediansWithin(newNanos, takenNanos, 0.5)).as(Timing.describe(newNanos, takenNanos)).isTrue();
    }

    @Test
    void asvs_6_3_8_aBurstOfRegistrationsOfATakenAddressMailsItsOwnerOnce() {
        String taken = visitors.registered("burst-owner");
        APP.mail().awaitMailTo(taken, 1);
        int before = APP.mail().mailCount(taken);

        Burst.Outcome burst = Burst.of(15, i -> http.register(taken, PASSWORD));

        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(202)).as(burst.toString()).isEqualTo(15);
        await().atMost(Duration.ofSeconds(15)).until(() -> queuedMailTo(taken) == 0);
        APP.mail().awaitMailTo(taken, before + 1);
        assertThat(APP.mail().mailCount(taken)).isEqualTo(before + 1);
    }

    @Test
    void asvs_15_4_2_aBurstOfRegistrationsOfANewAddressMakesOneAccountAndAnswersAlike() {
        String email = uniqueEmail("burst");

        Burst.Outcome burst = Burst.of(15, i -> http.register(email, PASSWORD));

        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(202)).as(burst.toString()).isEqualTo(15);
        int accounts = APP.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM users WHERE email = :email").bind("email", email)
                .mapTo(Integer.class).one());
        assertThat(accounts).isEqualTo(1);
    }
}
