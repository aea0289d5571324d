package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HmacDeviceTokensTest {

    private static final byte[] KEY = filled((byte) 1);
    private static final Duration VALIDITY = Duration.ofDays(180);
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final EmailAddress ANN = EmailAddress.of("ann@example.org");
    private static final EmailAddress BOB = EmailAddress.of("bob@example.org");

    private final HmacDeviceTokens tokens = new HmacDeviceTokens(KEY, VALIDITY);

    private static byte[] filled(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return key;
    }

    @Test
    void recognisesItsTokenForTheAddressItWasIssuedForOnly() {
        DeviceToken token = tokens.issue(ANN, NOW).token();

        assertThat(tokens.recognises(token, ANN, NOW.plusSeconds(60))).isTrue();
        assertThat(tokens.recognises(token, BOB, NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void saysWhenItsValidityEnds() {
        assertThat(tokens.issue(ANN, NOW.plusMillis(400)).expiresAt()).isEqualTo(NOW.plus(VALIDITY));
    }

    @Test
    void recognisesItUntilItsValidityEnds() {
        DeviceToken token = tokens.issue(ANN, NOW).token();

        assertThat(tokens.recognises(token, ANN, NOW.plus(VALIDITY).minusSeconds(1))).isTrue();
        assertThat(tokens.recognises(token, ANN, NOW.plus(VALIDITY))).isFalse();
        assertThat(tokens.recognises(token, ANN, NOW.minusSeconds(1))).as("issued in the future").isFalse();
    }

    @Test
    void aTokenOfAnotherKeyOrAlteredInAnyByteIsNotRecognised() {
        DeviceToken token = tokens.issue(ANN, NOW).token();
        HmacDeviceTokens otherKey = new HmacDeviceTokens(filled((byte) 2), VALIDITY);

        assertThat(otherKey.recognises(token, ANN, NOW)).isFalse();
        byte[] bytes = Base64.getUrlDecoder().decode(token.value());
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 1;
            DeviceToken forged = DeviceToken.of(Base64.getUrlEncoder().withoutPadding().encodeToString(altered));
            assertThat(tokens.recognises(forged, ANN, NOW.plusSeconds(1))).as("byte %d", i).isFalse();
        }
    }

    @Test
    void tokensAreDistinctAndCarryNoAddress() {
        DeviceToken first = tokens.issue(ANN, NOW).token();
        DeviceToken second = tokens.issue(ANN, NOW).token();

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(Base64.getUrlDecoder().decode(first.value()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("ann");
    }

    @Test
    void aTokenOfTheWrongLengthIsNotRecognised() {
        assertThat(tokens.recognises(DeviceToken.of("A".repeat(40)), ANN, NOW)).isFalse();
    }

    @Test
    void refusesAShortKeyOrNoValidity() {
        assertThatThrownBy(() -> new HmacDeviceTokens(new byte[31], VALIDITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacDeviceTokens(KEY, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
