package dev.gatehouse.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenTest {

    /** Twenty-two A's: the token of sixteen zero bytes. */
    private static final String ZERO_TOKEN = "AAAAAAAAAAAAAAAAAAAAAA";

    private static SessionToken tokenFromSeed(long seed) {
        byte[] bytes = new byte[32];
        new Random(seed).nextBytes(bytes);
        return SessionToken.fromRandomBytes(bytes);
    }

    @Test
    void encodesRandomBytesAsUnpaddedBase64Url() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }

        assertThat(SessionToken.fromRandomBytes(bytes).value()).isEqualTo("AAECAwQFBgcICQoLDA0ODw");
        assertThat(tokenFromSeed(1).value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesFewerThanSixteenRandomBytes() {
        assertThatThrownBy(() -> SessionToken.fromRandomBytes(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesWhatItIssued() {
        SessionToken issued = tokenFromSeed(7);

        assertThat(SessionToken.parse(issued.value())).contains(issued);
    }

    @ParameterizedTest
    @ValueSource(ints = {22, 43, 128})
    void parsesTokensFromTwentyTwoToOneHundredTwentyEightCharacters(int length) {
        assertThat(SessionToken.parse("a".repeat(length))).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "aaaaaaaaaaaaaaaaaaaaa",                          // 21: too short
            "abc+defghijklmnopqrstuvwx", "abc/defghijklmnopqrstuvwx", // plain Base64 alphabet
            "abcdefghijklmnopqrstuvw=",                        // padding
            "abcdefghijklmnopqrstuvwx ", " abcdefghijklmnopqrstuvwx",
            "abcdefghijklmnopqrstuvwx\n", "abcdefghijk.mnopqrstuvwx",
            "abcdefghijklmnopqrstuvwxé", "abcdefghijklmn%20qrstuvwxyz",
            "session=abcdefghijklmnopqrstuvwx",
    })
    void parsesJunkAsNoToken(String presented) {
        assertThat(SessionToken.parse(presented)).isEmpty();
    }

    @Test
    void parsesOverlongTokenAsNoToken() {
        assertThat(SessionToken.parse("a".repeat(129))).isEmpty();
        assertThat(SessionToken.parse("a".repeat(100_000))).isEmpty();
    }

    @Test
    void hashIsLowerHexSha256OfTheTokenText() {
        SessionToken token = SessionToken.parse(ZERO_TOKEN).orElseThrow();

        assertThat(token.hash().hex())
                .isEqualTo("8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8");
    }

    @Test
    void hashIsStableAndDiffersBetweenTokens() {
        SessionToken token = tokenFromSeed(1);

        assertThat(token.hash()).isEqualTo(token.hash())
                .isEqualTo(SessionToken.parse(token.value()).orElseThrow().hash())
                .isNotEqualTo(tokenFromSeed(2).hash());
        assertThat(token.hash().hex()).matches("[0-9a-f]{64}");
    }

    @Test
    void csrfTokenIsDerivedUnderItsOwnLabel() {
        SessionToken token = SessionToken.parse(ZERO_TOKEN).orElseThrow();

        assertThat(token.csrfToken()).isEqualTo("xNXT9J6jJT4nCCqsWtDLLqDb_jU8CBeLYYWtMQTAUJ4");
    }

    @Test
    void csrfTokenDiffersFromTokenAndHashAndBetweenSessions() {
        SessionToken token = tokenFromSeed(3);

        assertThat(token.csrfToken())
                .isEqualTo(token.csrfToken())
                .isNotEqualTo(token.value())
                .isNotEqualTo(token.hash().hex())
                .isNotEqualTo(tokenFromSeed(4).csrfToken());
    }

    @Test
    void acceptsItsOwnCsrfToken() {
        SessionToken token = tokenFromSeed(5);

        assertThat(token.matchesCsrfToken(token.csrfToken())).isTrue();
    }

    @Test
    void refusesEveryOtherCsrfToken() {
        SessionToken token = tokenFromSeed(5);
        String own = token.csrfToken();

        assertThat(token.matchesCsrfToken(null)).isFalse();
        assertThat(token.matchesCsrfToken("")).isFalse();
        assertThat(token.matchesCsrfToken(tokenFromSeed(6).csrfToken())).isFalse();
        assertThat(token.matchesCsrfToken(token.value())).isFalse();
        assertThat(token.matchesCsrfToken(token.hash().hex())).isFalse();
        assertThat(token.matchesCsrfToken(own.substring(1))).isFalse();
        assertThat(token.matchesCsrfToken(own + "A")).isFalse();
        assertThat(token.matchesCsrfToken(own.toUpperCase(Locale.ROOT))).isFalse();
    }

    @Test
    void textFormIsRedacted() {
        SessionToken token = tokenFromSeed(8);

        assertThat(token.toString()).isEqualTo("SessionToken[redacted]").doesNotContain(token.value());
    }

    @Test
    void tokensWithTheSameTextAreEqual() {
        SessionToken token = tokenFromSeed(9);
        SessionToken same = SessionToken.parse(token.value()).orElseThrow();

        assertThat(same).isEqualTo(token).hasSameHashCodeAs(token).isNotEqualTo(tokenFromSeed(10));
    }
}
