package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
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
 * With {@code registration.requireVerifiedEmail: false} unproven addresses sign in by password
 * (and registration answers 201 / 409, revealing taken addresses, as documented), but pre-hijacking
 * stays closed: the first proof of the address by its owner removes the stranger's password and
 * ends the stranger's sessions (ASVS 6.4.x).
 */
class ProvenAddressesUnprovenSignInTest {

    private static final String STRANGERS_PASSWORD = "the stranger chose this one";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("registration.requireVerifiedEmail", "false")).withMail();

    private static TestHttpClient http;

    @BeforeAll
    static void start() {
        http = APP.api();
    }

    @Test
    void registrationOpensTheAccountAtOnceUnprovenAndATakenAddressIs409() {
        String email = uniqueEmail("open");

        Reply created = http.register(email, STRANGERS_PASSWORD);
        Reply again = http.register(email, STRANGERS_PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("emailVerified", false).containsEntry("active", true);
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.logIn(email, STRANGERS_PASSWORD, false).status()).isEqualTo(201);
    }

    @Test
    void asvs_6_4_theOwnersCodeSignInRemovesTheStrangersPasswordAndEndsTheStrangersSessions() {
        String ann = uniqueEmail("ann");
        assertThat(http.register(ann, STRANGERS_PASSWORD).status()).isEqualTo(201);
        Reply stranger = http.logIn(ann, STRANGERS_PASSWORD, true);
        assertThat(stranger.status()).isEqualTo(201);
        String strangersToken = (String) stranger.json().get("token");

        assertThat(http.postJson("/api/login-codes", Map.of("email", ann)).status()).isEqualTo(202);
        Reply owner = http.postJson("/api/login-codes/verify",
                Map.of("email", ann, "code", APP.mail().mailedCode(ann, 1)));

        assertThat(owner.status()).as(owner.body()).isEqualTo(201);
        assertThat(http.get("/api/users/me", bearer(strangersToken)).status()).as("the stranger's session").isEqualTo(401);
        assertThat(http.logIn(ann, STRANGERS_PASSWORD, false).status()).as("the stranger's password").isEqualTo(401);
        assertThat(http.get("/api/users/me", bearer((String) owner.json().get("token"))).json())
                .containsEntry("emailVerified", true);
        APP.mail().awaitMailTo(ann, 2);
        int audited = APP.database().jdbi().withHandle(handle -> handle.createQuery("""
                SELECT COUNT(*) FROM audit_events WHERE type = 'unproven-password-removed' AND subject_email = :email
                """).bind("email", ann).mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void createAdminNeverPromotesAStrangersPassword() {
        String root = uniqueEmail("root");
        assertThat(http.register(root, STRANGERS_PASSWORD).status()).isEqualTo(201);

        APP.promoteToAdmin(root);

        assertThat(http.logIn(root, STRANGERS_PASSWORD, false).status()).isEqualTo(401);
    }
}
