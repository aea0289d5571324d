package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proven addresses: who keeps a password set before the address was proven, and who may sign in by it. */
class AddressProofTest {

    private static final UserId ID = new UserId(UUID.fromString("3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c"));
    private static final EmailAddress EMAIL = EmailAddress.of("ann@example.org");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
    private static final PasswordHash OTHER_HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$b3RoZXI");
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30Z");
    private static final RegistrationToken TOKEN = RegistrationToken.fromRandomBytes(new byte[32]);
    private static final RegistrationToken OTHER_TOKEN = RegistrationToken.fromRandomBytes(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

    private static User registered() {
        return User.registerUnproven(ID, EMAIL, HASH, TOKEN.hash(), NOW);
    }

    @Test
    void aRegistrationWaitsPendingWithAnUnprovenPasswordBoundToItsToken() {
        User user = registered();

        assertThat(user.pending()).isTrue();
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.passwordUnproven()).isTrue();
        assertThat(user.registration()).contains(TOKEN.hash());
    }

    @Test
    void aProofWithTheRegistrationsTokenKeepsThePasswordNowProven() {
        AddressProof proof = registered().proveAddress(Optional.of(TOKEN.hash()));

        assertThat(proof.unprovenPasswordRemoved()).isFalse();
        assertThat(proof.after().passwordHash()).contains(HASH);
        assertThat(proof.after().emailVerified()).isTrue();
        assertThat(proof.after().passwordUnproven()).isFalse();
        assertThat(proof.after().registration()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void anyOtherProofRemovesTheUnprovenPassword(boolean withOtherToken) {
        Optional<RegistrationTokenHash> presented = withOtherToken ? Optional.of(OTHER_TOKEN.hash()) : Optional.empty();

        AddressProof proof = registered().proveAddress(presented);

        assertThat(proof.unprovenPasswordRemoved()).isTrue();
        assertThat(proof.after().passwordHash()).isEmpty();
        assertThat(proof.after().emailVerified()).isTrue();
        assertThat(proof.after().registration()).isEmpty();
    }

    @Test
    void anAccountRegisteredWhereUnprovenAddressesMaySignInLosesItsPasswordToTheFirstProof() {
        User open = User.registerWithPassword(ID, EMAIL, HASH, NOW);

        assertThat(open.active()).isTrue();
        assertThat(open.signInRefusal(SignInMethod.PASSWORD, false)).isEmpty();
        assertThat(open.proveAddress(Optional.empty()).unprovenPasswordRemoved()).isTrue();
    }

    @Test
    void aProvenPasswordIsNeverRemovedByAProof() {
        User proven = registered().proveAddress(Optional.of(TOKEN.hash())).after().activated(null);

        AddressProof again = proven.proveAddress(Optional.empty());

        assertThat(again.unprovenPasswordRemoved()).isFalse();
        assertThat(again.after().passwordHash()).contains(HASH);
    }

    @Test
    void aPasswordSetWhileTheAddressIsUnprovenIsUnprovenAndOneSetAfterItIsProven() {
        User open = User.registerWithPassword(ID, EMAIL, HASH, NOW);
        assertThat(open.withPasswordHash(OTHER_HASH).passwordUnproven()).isTrue();

        User proven = open.proveAddress(Optional.empty()).after().withPasswordHash(OTHER_HASH);
        assertThat(proven.passwordUnproven()).isFalse();
        assertThat(proven.emailVerified()).isTrue();
    }

    @Test
    void aPendingAccountTakesTheNewestRegistrationsPasswordAndBinding() {
        User asked = User.pendingSignup(ID, EMAIL, NOW);

        User registered = asked.withUnprovenPassword(OTHER_HASH, OTHER_TOKEN.hash());

        assertThat(registered.passwordHash()).contains(OTHER_HASH);
        assertThat(registered.registration()).contains(OTHER_TOKEN.hash());
        assertThatThrownBy(() -> registered.activated(null).withUnprovenPassword(HASH, TOKEN.hash()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOperatorNeverKeepsAnUnprovenPassword() {
        assertThat(User.registerWithPassword(ID, EMAIL, HASH, NOW).withoutUnprovenPassword().passwordHash()).isEmpty();
        User proven = registered().proveAddress(Optional.of(TOKEN.hash())).after();
        assertThat(proven.withoutUnprovenPassword().passwordHash()).contains(HASH);
    }

    @Test
    void whereProofIsRequiredAPasswordSignsInOnlyForAProvenAddress() {
        User pending = registered();
        User open = User.registerWithPassword(ID, EMAIL, HASH, NOW);

        assertThat(pending.signInRefusal(SignInMethod.PASSWORD, true)).contains(SignInRefusal.EMAIL_UNVERIFIED);
        assertThat(open.signInRefusal(SignInMethod.PASSWORD, true)).contains(SignInRefusal.EMAIL_UNVERIFIED);
        assertThat(open.disable().signInRefusal(SignInMethod.PASSWORD, true)).contains(SignInRefusal.DISABLED);
        assertThat(pending.signInRefusal(SignInMethod.PASSWORD, false)).contains(SignInRefusal.PENDING);
        assertThat(pending.signInRefusal(SignInMethod.CODE, true)).isEmpty();
    }

    @Test
    void storedStateThatBreaksTheRulesIsRefused() {
        assertThatThrownBy(() -> User.rebuild(ID, EMAIL, Set.of(Role.USER), AccountStatus.ACTIVE, NOW, null, null, HASH,
                true, true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.rebuild(ID, EMAIL, Set.of(Role.USER), AccountStatus.ACTIVE, NOW, null, null, HASH,
                false, false, TOKEN.hash())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenKeepsItsSecretOutOfItsTextAndRejectsWhatIsNotShapedLikeOne() {
        assertThat(TOKEN.toString()).doesNotContain(TOKEN.value());
        assertThat(RegistrationToken.parse("short")).isEmpty();
        assertThat(RegistrationToken.parse(TOKEN.value())).isPresent();
        assertThat(TOKEN.hash().sameAs(RegistrationToken.parse(TOKEN.value()).orElseThrow().hash())).isTrue();
    }
}
