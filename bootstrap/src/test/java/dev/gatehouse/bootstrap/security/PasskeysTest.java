package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestApps;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.crypto.testing.SoftwareAuthenticator;
import io.dropwizard.testing.ConfigOverride;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys over the whole app (ASVS 5.0 6.5.x, 6.4.x): registration for a signed-in account,
 * sign-in without a password, each challenge answered once even by a burst, the relying party and
 * origin from configuration only, the signature counter. A software authenticator plays the
 * browser's part; the relying party is the public base URL, {@value #ORIGIN}.
 */
class PasskeysTest {

    private static final String RP_ID = "gatehouse.test";
    private static final String ORIGIN = "https://gatehouse.test";
    private static final String PASSWORD = "correct horse battery staple";
    private static final int BURST = 10;

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("mail.baseUrl", ORIGIN));

    private static TestHttpClient http;

    @BeforeAll
    static void start() {
        http = APP.api();
    }

    /** A signed-in account: its address and bearer token. */
    private record Account(String email, String token) {

        String[] auth() {
            return bearer(token);
        }
    }

    private static Account account(String prefix) {
        String email = TestApps.uniqueEmail(prefix);
        return new Account(email, (String) http.registeredAndSignedIn(email, PASSWORD).get("token"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> creationOptions(Account account) {
        Reply options = http.postJson("/api/users/me/passkeys/options", Map.of(), account.auth());
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return options.json();
    }

    @SuppressWarnings("unchecked")
    private static String registration(Account account, SoftwareAuthenticator authenticator, String rpId, String origin) {
        Map<String, Object> options = creationOptions(account);
        Map<String, Object> user = (Map<String, Object>) options.get("user");
        return authenticator.register((String) options.get("challenge"), (String) user.get("id"), rpId, origin);
    }

    private static Reply add(Account account, String credential, String name) {
        return http.postJson("/api/users/me/passkeys",
                "{\"name\":" + (name == null ? "null" : "\"" + name + "\"") + ",\"credential\":" + credential + "}",
                account.auth());
    }

    private static SoftwareAuthenticator registered(Account account, SoftwareAuthenticator authenticator) {
        Reply added = add(account, registration(account, authenticator, RP_ID, ORIGIN), "Laptop");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return authenticator;
    }

    private static String signInChallenge() {
        Reply options = http.postJson("/api/passkey-sessions/options", Map.of());
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return (String) options.json().get("challenge");
    }

    private static Reply signIn(String assertion, boolean rememberMe) {
        return http.postJson("/api/passkey-sessions", "{\"rememberMe\":" + rememberMe + ",\"credential\":" + assertion + "}");
    }

    private static List<String> failedSignInDetails(String email) {
        return APP.database().jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT detail FROM audit_events WHERE type = 'sign-in-failed' AND subject_email = :email ORDER BY id
                        """).bind("email", email).mapTo(String.class).list());
    }

    private static List<String> eventTypes(String email) {
        return APP.database().jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT type FROM audit_events WHERE subject_email = :email ORDER BY id
                        """).bind("email", email).mapTo(String.class).list());
    }

    @Test
    @SuppressWarnings("unchecked")
    void creationOptionsAskForADiscoverableVerifiedPasskeyOfTheConfiguredRelyingParty() {
        Account ann = account("passkey-options");
        registered(ann, new SoftwareAuthenticator());

        Map<String, Object> options = creationOptions(ann);

        assertThat((Map<String, Object>) options.get("rp")).containsEntry("id", RP_ID);
        assertThat((Map<String, Object>) options.get("user")).containsEntry("name", ann.email());
        assertThat((String) options.get("challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat((Map<String, Object>) options.get("authenticatorSelection"))
                .containsEntry("residentKey", "required").containsEntry("userVerification", "required");
        assertThat((List<Map<String, Object>>) options.get("pubKeyCredParams")).extracting(param -> param.get("alg"))
                .contains(-7);
        assertThat((List<Map<String, Object>>) options.get("excludeCredentials")).hasSize(1);
        assertThat(options.get("timeout")).isEqualTo(300_000);
    }

    @Test
    void anAccountAddsListsAndRemovesItsPasskeys() {
        Account ann = account("passkey-owner");
        Account bob = account("passkey-other");

        Reply added = add(ann, registration(ann, new SoftwareAuthenticator(), RP_ID, ORIGIN), "  Laptop ");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json()).containsEntry("name", "Laptop").containsKeys("id", "createdAt");
        Reply unnamed = add(ann, registration(ann, new SoftwareAuthenticator(), RP_ID, ORIGIN), null);
        assertThat(unnamed.json()).containsEntry("name", "Passkey");

        assertThat(http.get("/api/users/me/passkeys", ann.auth()).jsonArray()).extracting(passkey -> passkey.get("name"))
                .containsExactly("Laptop", "Passkey");
        String id = (String) added.json().get("id");
        assertThat(http.delete("/api/users/me/passkeys/" + id, bob.auth()).status()).isEqualTo(404);
        assertThat(http.delete("/api/users/me/passkeys/" + id, ann.auth()).status()).isEqualTo(204);
        assertThat(http.delete("/api/users/me/passkeys/" + id, ann.auth()).status()).isEqualTo(404);
        assertThat(http.delete("/api/users/me/passkeys/not-an-id", ann.auth()).status()).isEqualTo(404);
        assertThat(http.get("/api/users/me/passkeys", ann.auth()).jsonArray()).extracting(passkey -> passkey.get("name"))
                .containsExactly("Passkey");
        assertThat(eventTypes(ann.email())).containsSubsequence("passkey-added", "passkey-added", "passkey-removed");
    }

    @Test
    void aRegistrationIsRefusedForAnotherOriginRelyingPartyOrAccountAndWhenItsChallengeIsSpent() {
        Account ann = account("passkey-refused");
        Account bob = account("passkey-refused-other");

        Reply phished = add(ann, registration(ann, new SoftwareAuthenticator(), RP_ID, "https://gatehouse.test.evil.example"), null);
        assertThat(phished.status()).isEqualTo(400);
        assertThat(phished.json()).containsEntry("type", "urn:gatehouse:problem:invalid-passkey");
        assertThat(add(ann, registration(ann, new SoftwareAuthenticator(), "evil.example", ORIGIN), null).status())
                .isEqualTo(400);
        assertThat(add(bob, registration(ann, new SoftwareAuthenticator(), RP_ID, ORIGIN), null).status())
                .as("a challenge issued to another account").isEqualTo(400);
        String once = registration(ann, new SoftwareAuthenticator(), RP_ID, ORIGIN);
        assertThat(add(ann, once, null).status()).isEqualTo(201);
        assertThat(add(ann, once, null).status()).as("the same answer again").isEqualTo(400);
        assertThat(http.get("/api/users/me/passkeys", ann.auth()).jsonArray()).hasSize(1);
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsDone() {
        Account ann = account("passkey-input");

        assertThat(http.postJson("/api/users/me/passkeys", Map.of("name", "x"), ann.auth()).status()).isEqualTo(422);
        assertThat(http.postJson("/api/users/me/passkeys", Map.of("credential", "text"), ann.auth()).status()).isEqualTo(422);
        Reply longName = add(ann, "{\"id\":\"AA\"}", "x".repeat(65));
        assertThat(longName.status()).isEqualTo(422);
        assertThat(longName.body()).contains("name");
        assertThat(http.postJson("/api/users/me/passkeys/options", Map.of()).status()).isEqualTo(401);
        assertThat(http.postJson("/api/passkey-sessions", Map.of()).status()).isEqualTo(422);
        assertThat(http.postJson("/api/passkey-sessions", Map.of("credential", Map.of("id", "AA"))).status()).isEqualTo(401);
    }

    @Test
    void aPasskeySignsInAsAPasswordDoesWithoutOne() {
        Account ann = account("passkey-sign-in");
        SoftwareAuthenticator authenticator = registered(ann, new SoftwareAuthenticator().counter(3));

        Reply signedIn = signIn(authenticator.assertion(signInChallenge(), RP_ID, ORIGIN), true);

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
        assertThat(signedIn.json()).containsKeys("token", "expiresAt", "csrfToken");
        assertThat(signedIn.sessionSetCookie()).contains("Max-Age=");
        String token = (String) signedIn.json().get("token");
        assertThat(http.get("/api/sessions", bearer(token)).status()).isEqualTo(200);
        String method = APP.database().jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT s.sign_in_method FROM sessions s JOIN users u ON u.id = s.user_id
                         WHERE u.email = :email ORDER BY s.created_at DESC LIMIT 1
                        """).bind("email", ann.email()).mapTo(String.class).one());
        assertThat(method).isEqualTo("passkey");
        assertThat(http.get("/api/users/me/passkeys", ann.auth()).jsonArray().get(0).get("lastUsedAt")).isNotNull();
        Reply notRemembered = signIn(authenticator.assertion(signInChallenge(), RP_ID, ORIGIN), false);
        assertThat(notRemembered.status()).isEqualTo(201);
        assertThat(notRemembered.sessionSetCookie()).doesNotContain("Max-Age=");
    }

    @Test
    void anUnknownPasskeyIsAnsweredAsAWrongPasswordIs() {
        Account ann = account("passkey-unknown");
        SoftwareAuthenticator stranger = new SoftwareAuthenticator();
        stranger.register(signInChallenge(), "AAAAAAAAAAAAAAAAAAAAAA", RP_ID, ORIGIN);

        Reply unknown = signIn(stranger.assertion(signInChallenge(), RP_ID, ORIGIN), false);
        Reply wrongPassword = http.logIn(ann.email(), "not the password at all", false);

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json()).isEqualTo(wrongPassword.json());
        assertThat(unknown.sessionSetCookie()).isNull();
    }

    @Test
    void anAssertionForAnotherOriginOrRelyingPartyOrChallengeIsRefused() {
        Account ann = account("passkey-phished");
        SoftwareAuthenticator authenticator = registered(ann, new SoftwareAuthenticator().counter(1));

        assertThat(signIn(authenticator.assertion(signInChallenge(), RP_ID, "https://gatehouse.test.evil.example"), false)
                .status()).isEqualTo(401);
        assertThat(signIn(authenticator.assertion(signInChallenge(), "evil.example", ORIGIN), false).status()).isEqualTo(401);
        assertThat(signIn(authenticator.assertion("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", RP_ID, ORIGIN), false)
                .status()).as("a challenge never issued").isEqualTo(401);
        assertThat(signIn(authenticator.verifiesUser(false).assertion(signInChallenge(), RP_ID, ORIGIN), false).status())
                .as("no user verification").isEqualTo(401);

        assertThat(failedSignInDetails(ann.email())).containsExactly("passkey: invalid-passkey",
                "passkey: invalid-passkey", "passkey: no-live-challenge", "passkey: invalid-passkey");
    }

    @Test
    void aCounterThatDoesNotMoveForwardIsRefused() {
        Account ann = account("passkey-cloned");
        SoftwareAuthenticator authenticator = registered(ann, new SoftwareAuthenticator().counter(10));
        assertThat(signIn(authenticator.assertion(signInChallenge(), RP_ID, ORIGIN), false).status()).isEqualTo(201);

        Reply same = signIn(authenticator.assertionWithCounter(signInChallenge(), RP_ID, ORIGIN, 11), false);
        Reply lower = signIn(authenticator.assertionWithCounter(signInChallenge(), RP_ID, ORIGIN, 5), false);
        Reply zero = signIn(authenticator.assertionWithCounter(signInChallenge(), RP_ID, ORIGIN, 0), false);

        assertThat(List.of(same.status(), lower.status(), zero.status())).containsOnly(401);
        assertThat(failedSignInDetails(ann.email())).containsOnly("passkey: counter-regressed").hasSize(3);
        assertThat(signIn(authenticator.assertionWithCounter(signInChallenge(), RP_ID, ORIGIN, 12), false).status())
                .isEqualTo(201);
    }

    @Test
    void aDisabledAccountDoesNotSignInWithItsPasskey() {
        Account ann = account("passkey-disabled");
        SoftwareAuthenticator authenticator = registered(ann, new SoftwareAuthenticator());
        APP.database().jdbi().useHandle(handle -> handle.createUpdate("UPDATE users SET status = 'disabled' WHERE email = :email")
                .bind("email", ann.email()).execute());

        assertThat(signIn(authenticator.assertion(signInChallenge(), RP_ID, ORIGIN), false).status()).isEqualTo(401);
        assertThat(failedSignInDetails(ann.email())).containsExactly("passkey: disabled");
    }

    @Test
    void anAccountsPasskeysGoWithIt() {
        Account ann = account("passkey-leaver");
        SoftwareAuthenticator authenticator = registered(ann, new SoftwareAuthenticator());
        Reply deleted = http.send("DELETE", "/api/users/me", "application/json",
                "{\"password\":\"" + PASSWORD + "\"}", ann.auth());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

        assertThat(signIn(authenticator.assertion(signInChallenge(), RP_ID, ORIGIN), false).status()).isEqualTo(401);
    }

    /** ASVS 5.0 6.5.1: of ten answers to one challenge sent at once, one signs in. */
    @RepeatedTest(3)
    void asvs_6_5_1_aSignInChallengeAnsweredTenTimesAtOnceSignsInOnce() {
        Account ann = account("passkey-burst");
        // An authenticator that never counts (0 every time): only the challenge stands between the ten.
        SoftwareAuthenticator authenticator = registered(ann, new SoftwareAuthenticator().counter(0));
        String challenge = signInChallenge();
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            answers.add(authenticator.assertion(challenge, RP_ID, ORIGIN));
        }

        Burst.Outcome outcome = Burst.of(BURST, i -> signIn(answers.get(i), false));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.byStatus()).isEqualTo(Map.of(201, 1L, 401, (long) BURST - 1));
    }

    /** ASVS 5.0 6.5.1: of ten passkeys registered at once on one registration challenge, one is added. */
    @RepeatedTest(3)
    @SuppressWarnings("unchecked")
    void asvs_6_5_1_aRegistrationChallengeAnsweredTenTimesAtOnceAddsOnePasskey() {
        Account ann = account("passkey-burst-registration");
        Map<String, Object> options = creationOptions(ann);
        String userId = (String) ((Map<String, Object>) options.get("user")).get("id");
        Map<Integer, String> answers = new HashMap<>();
        for (int i = 0; i < BURST; i++) {
            answers.put(i, new SoftwareAuthenticator().register((String) options.get("challenge"), userId, RP_ID, ORIGIN));
        }

        Burst.Outcome outcome = Burst.of(BURST, i -> add(ann, answers.get(i), null));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.byStatus()).isEqualTo(Map.of(201, 1L, 400, (long) BURST - 1));
        assertThat(http.get("/api/users/me/passkeys", ann.auth()).jsonArray()).hasSize(1);
    }
}
