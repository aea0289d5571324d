package dev.gatehouse.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasskeyValuesTest {

    @ParameterizedTest(name = "stored {0}, presented {1}: {2}")
    @CsvSource({"0, 0, true", "0, 1, true", "5, 6, true", "5, 5, false", "5, 4, false", "5, 0, false",
            "4294967294, 4294967295, true"})
    void aCounterMustMoveForwardUnlessTheAuthenticatorNeverCounts(long stored, long presented, boolean accepted) {
        assertThat(SignatureCounter.accepts(stored, presented)).isEqualTo(accepted);
    }

    @Test
    void aNameIsTrimmedAndDefaultsWhenNoneIsTyped() {
        assertThat(PasskeyName.ofTyped(Optional.of("  Laptop "))).isEqualTo(new PasskeyName("Laptop"));
        assertThat(PasskeyName.ofTyped(Optional.of("   "))).isEqualTo(new PasskeyName(PasskeyName.DEFAULT));
        assertThat(PasskeyName.ofTyped(Optional.empty())).isEqualTo(new PasskeyName(PasskeyName.DEFAULT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "new\nline", "12345678901234567890123456789012345678901234567890123456789012345"})
    void aNameRefusesControlCharactersAndLength(String typed) {
        assertThatThrownBy(() -> PasskeyName.ofTyped(Optional.of(typed))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChallengeIsKeptAsItsSha256AndComparedByValue() {
        byte[] bytes = new byte[32];
        PasskeyChallenge challenge = PasskeyChallenge.of(bytes);

        assertThat(challenge.hash()).isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
        assertThat(challenge).isEqualTo(PasskeyChallenge.of(new byte[32])).hasToString("PasskeyChallenge[66687aad...]");
        assertThatThrownBy(() -> PasskeyChallenge.of(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUserHandleIsTheAccountIdsSixteenBytes() {
        UserId user = new UserId(UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"));

        assertThat(Passkey.userHandleOf(user)).containsExactly(0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff);
    }

    @Test
    void credentialIdsCompareByteForByte() {
        assertThat(CredentialId.of(new byte[] {1, 2, 3})).isEqualTo(CredentialId.of(new byte[] {1, 2, 3}))
                .isNotEqualTo(CredentialId.of(new byte[] {1, 2, 4}));
        assertThat(CredentialId.of(new byte[] {(byte) 0xfb, (byte) 0xff}).base64Url()).isEqualTo("-_8");
        assertThatThrownBy(() -> CredentialId.of(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
