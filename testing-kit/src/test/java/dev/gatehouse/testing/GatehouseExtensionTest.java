package dev.gatehouse.testing;

import static dev.gatehouse.testing.ClientJourney.PASSWORD;
import static dev.gatehouse.testing.ClientJourney.get;
import static dev.gatehouse.testing.ClientJourney.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension's Gatehouse and its client, as a test class sees them. */
class GatehouseExtensionTest {

    @RegisterExtension
    static final GatehouseExtension GATEHOUSE = new GatehouseExtension().withSetting("passwords.minLength", "20");

    @Test
    void registersSignsInByPasswordAndCodeAndPromotesToAdmin(GatehouseClient gatehouse) {
        ClientJourney.registerSignInAndBecomeAdmin(gatehouse);
    }

    @Test
    void seedsAnAccountWithAnAuthenticatorAppAndSignsInWithItsCodes(GatehouseClient gatehouse) {
        String email = uniqueEmail("totp");
        gatehouse.registerVerified(email, PASSWORD);
        TotpSeed seed = gatehouse.enrolTotp(gatehouse.signIn(email, PASSWORD));
        assertThat(seed.recoveryCodes()).hasSize(10);

        GatehouseRequestException oneStep = catchThrowableOfType(GatehouseRequestException.class,
                () -> gatehouse.signIn(email, PASSWORD));
        assertThat(oneStep.status()).isEqualTo(202);
        assertThat(gatehouse.signInWithTotp(email, PASSWORD, seed.secret())).isNotBlank();
    }

    @Test
    void appliesSettingsGivenBeforeTheStart() {
        GatehouseRequestException refused = catchThrowableOfType(GatehouseRequestException.class,
                () -> GATEHOUSE.client().registerUser(uniqueEmail("short"), "nineteen characters"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("password");
    }

    @Test
    void lastMailToWaitsForTheMailOfTheNewestCodeRequest(GatehouseClient gatehouse) {
        String email = uniqueEmail("twice");
        gatehouse.registerVerified(email, PASSWORD);
        gatehouse.requestSignInCode(email);
        Mail first = gatehouse.lastMailTo(email);

        gatehouse.requestSignInCode(email);
        Mail second = gatehouse.lastMailTo(email);

        List<Mail> all = gatehouse.mailsTo(email);
        // The first mail confirmed the registration.
        assertThat(all).hasSize(3).last().isEqualTo(second);
        assertThat(all.get(1)).isEqualTo(first);
        assertThat(second.to()).isEqualTo(email);
        assertThat(second.subject()).isNotBlank();
        assertThat(gatehouse.signInWithCode(email, second.code())).isNotBlank();
    }

    @Test
    void promotingAnUnknownAddressCreatesAnAdministratorWhoSignsInByCode(GatehouseClient gatehouse) {
        String email = uniqueEmail("operator");

        gatehouse.promoteToAdmin(email);
        gatehouse.requestSignInCode(email);
        String token = gatehouse.signInWithCode(email, gatehouse.lastMailTo(email).code());

        assertThat(get(gatehouse, "/api/admin/users", token).statusCode()).isEqualTo(200);
    }

    @Nested
    class InANestedClass {

        @Test
        void theOuterClassesGatehouseServes(GatehouseClient gatehouse) {
            assertThat(gatehouse.baseUrl()).isEqualTo(GATEHOUSE.client().baseUrl());
            assertThat(gatehouse.registerVerified(uniqueEmail("nested"), PASSWORD).active()).isTrue();
        }
    }
}
