package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.PasskeyCeremonies.AssertionClaim;
import dev.gatehouse.application.port.out.PasskeyCeremonies.NewCredential;
import dev.gatehouse.application.port.out.PasskeyCeremonies.PasskeyRefusedException;
import dev.gatehouse.crypto.testing.SoftwareAuthenticator;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.domain.user.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAuthn4jPasskeyCeremoniesTest {

    private static final String RP_ID = "login.example.org";
    private static final String ORIGIN = "https://login.example.org";
    private static final UserId USER = new UserId(UUID.randomUUID());

    private final WebAuthn4jPasskeyCeremonies ceremonies =
            new WebAuthn4jPasskeyCeremonies(RP_ID, List.of(URI.create(ORIGIN), URI.create("https://app.example.org")));
    private final SoftwareAuthenticator authenticator = new SoftwareAuthenticator().counter(10);

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String registration(PasskeyChallenge challenge, String rpId, String origin) {
        return authenticator.register(challenge.base64Url(), b64(Passkey.userHandleOf(USER)), rpId, origin);
    }

    private Passkey registered() {
        PasskeyChallenge challenge = ceremonies.newChallenge();
        NewCredential credential = ceremonies.verifyRegistration(registration(challenge, RP_ID, ORIGIN), challenge);
        return new Passkey(PasskeyId.random(), USER, credential.credentialId(), credential.publicKeyCose(),
                credential.signCount(), Passkey.userHandleOf(USER), new PasskeyName("Test"), Instant.now(), Optional.empty());
    }

    @Test
    void verifiesANewCredentialAndReadsItsIdKeyAndCount() {
        PasskeyChallenge challenge = ceremonies.newChallenge();
        String response = registration(challenge, RP_ID, ORIGIN);

        assertThat(ceremonies.registrationChallengeOf(response)).isEqualTo(challenge);
        NewCredential credential = ceremonies.verifyRegistration(response, challenge);

        assertThat(credential.credentialId().base64Url()).isEqualTo(authenticator.credentialIdBase64Url());
        assertThat(credential.signCount()).isEqualTo(10);
        assertThat(credential.publicKeyCose()).isNotEmpty();
    }

    @Test
    void newChallengesAreRandomAndLongEnough() {
        assertThat(ceremonies.newChallenge().bytes()).hasSize(32);
        assertThat(ceremonies.newChallenge()).isNotEqualTo(ceremonies.newChallenge());
    }

    @Test
    void refusesARegistrationForAnotherChallengeOriginOrRelyingParty() {
        PasskeyChallenge challenge = ceremonies.newChallenge();

        assertThatThrownBy(() -> ceremonies.verifyRegistration(registration(challenge, RP_ID, ORIGIN),
                ceremonies.newChallenge())).isInstanceOf(PasskeyRefusedException.class);
        assertThatThrownBy(() -> ceremonies.verifyRegistration(registration(challenge, RP_ID, "https://login.example.org.evil.test"),
                challenge)).isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("BadOrigin");
        assertThatThrownBy(() -> ceremonies.verifyRegistration(registration(challenge, "evil.test", ORIGIN), challenge))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("BadRpId");
    }

    @Test
    void refusesARegistrationWithoutUserVerification() {
        PasskeyChallenge challenge = ceremonies.newChallenge();
        authenticator.verifiesUser(false);

        assertThatThrownBy(() -> ceremonies.verifyRegistration(registration(challenge, RP_ID, ORIGIN), challenge))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("UserNotVerified");
    }

    @Test
    void verifiesAnAssertionFromAnyConfiguredOriginAndReportsItsCount() {
        Passkey passkey = registered();
        PasskeyChallenge challenge = ceremonies.newChallenge();
        String assertion = authenticator.assertion(challenge.base64Url(), RP_ID, "https://app.example.org");

        AssertionClaim claim = ceremonies.claimOf(assertion);
        assertThat(claim.credentialId()).isEqualTo(passkey.credentialId());
        assertThat(claim.challenge()).isEqualTo(challenge);
        assertThat(claim.userHandle()).hasValueSatisfying(handle -> assertThat(handle).isEqualTo(passkey.userHandle()));
        assertThat(ceremonies.verifyAssertion(assertion, challenge, passkey)).isEqualTo(11);
    }

    @Test
    void leavesTheCounterToTheCaller() {
        Passkey passkey = registered();
        PasskeyChallenge challenge = ceremonies.newChallenge();

        assertThat(ceremonies.verifyAssertion(
                authenticator.assertionWithCounter(challenge.base64Url(), RP_ID, ORIGIN, 3), challenge, passkey))
                .isEqualTo(3);
    }

    @Test
    void refusesAnAssertionFromAnotherOriginRelyingPartyOrChallenge() {
        Passkey passkey = registered();
        PasskeyChallenge challenge = ceremonies.newChallenge();

        assertThatThrownBy(() -> ceremonies.verifyAssertion(
                authenticator.assertion(challenge.base64Url(), RP_ID, "https://evil.test"), challenge, passkey))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("BadOrigin");
        assertThatThrownBy(() -> ceremonies.verifyAssertion(
                authenticator.assertion(challenge.base64Url(), "evil.test", ORIGIN), challenge, passkey))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("BadRpId");
        assertThatThrownBy(() -> ceremonies.verifyAssertion(
                authenticator.assertion(challenge.base64Url(), RP_ID, ORIGIN), ceremonies.newChallenge(), passkey))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("BadChallenge");
    }

    @Test
    void refusesAnAssertionWithoutUserVerification() {
        Passkey passkey = registered();
        PasskeyChallenge challenge = ceremonies.newChallenge();
        authenticator.verifiesUser(false);

        assertThatThrownBy(() -> ceremonies.verifyAssertion(
                authenticator.assertion(challenge.base64Url(), RP_ID, ORIGIN), challenge, passkey))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("UserNotVerified");
    }

    @Test
    void refusesAnAssertionSignedByAnotherKey() {
        Passkey passkey = registered();
        PasskeyChallenge challenge = ceremonies.newChallenge();
        SoftwareAuthenticator impostor = new SoftwareAuthenticator();
        impostor.register(ceremonies.newChallenge().base64Url(), b64(passkey.userHandle()), RP_ID, ORIGIN);
        String forged = impostor.assertion(challenge.base64Url(), RP_ID, ORIGIN)
                .replace(impostor.credentialIdBase64Url(), authenticator.credentialIdBase64Url());

        assertThatThrownBy(() -> ceremonies.verifyAssertion(forged, challenge, passkey))
                .isInstanceOf(PasskeyRefusedException.class).hasMessageContaining("BadSignature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "not json", "{\"id\":\"AA\",\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{}}",
            "{\"id\":\"AA\",\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"%%%\"}}"})
    void refusesWhatCannotBeRead(String response) {
        assertThatThrownBy(() -> ceremonies.claimOf(response)).isInstanceOf(PasskeyRefusedException.class);
        assertThatThrownBy(() -> ceremonies.registrationChallengeOf(response)).isInstanceOf(PasskeyRefusedException.class);
    }
}
