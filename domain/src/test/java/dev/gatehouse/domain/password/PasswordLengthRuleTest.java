package dev.gatehouse.domain.password;

import static dev.gatehouse.domain.password.PasswordPolicyFixture.ANN;
import static dev.gatehouse.domain.password.PasswordPolicyFixture.kindsOf;
import static dev.gatehouse.domain.password.PasswordViolation.Kind.TOO_LONG;
import static dev.gatehouse.domain.password.PasswordViolation.Kind.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordLengthRuleTest {

    private static final String PHRASE = "correct horse battery staple ";

    private static String phraseOfLength(int codePoints) {
        return PHRASE.repeat(codePoints / PHRASE.length() + 1).substring(0, codePoints);
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String twelveEmoji = "😀🐈🌵🎸🚲🍕🦊🌈🧩🎲🐙🍉";
        assertThat(twelveEmoji.length()).isEqualTo(24);

        assertThat(kindsOf(twelveEmoji, ANN)).isEmpty();
    }

    @Test
    void refusesElevenEmojiThoughTheyFillTwentyTwoUtf16Units() {
        String elevenEmoji = "😀🐈🌵🎸🚲🍕🦊🌈🧩🎲🐙";

        assertThat(kindsOf(elevenEmoji, ANN)).containsExactly(TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 11})
    void refusesPasswordsBelowTheMinimum(int length) {
        assertThat(kindsOf(phraseOfLength(length), ANN)).containsExactly(TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 64, 1023, 1024})
    void acceptsEveryLengthFromMinimumToMaximum(int length) {
        assertThat(kindsOf(phraseOfLength(length), ANN)).isEmpty();
    }

    @Test
    void refusesOneCodePointOverTheMaximumAsTooLongOnly() {
        assertThat(kindsOf(phraseOfLength(PasswordPolicy.MAX_LENGTH + 1), ANN)).containsExactly(TOO_LONG);
    }

    @Test
    void overlongPasswordGetsNoOtherReasonEvenWhenOthersApply() {
        String overlongWithServiceName = "gatehouse".repeat(120);

        assertThat(kindsOf(overlongWithServiceName, ANN)).containsExactly(TOO_LONG);
    }

    @Test
    void maximumIsCountedInCodePointsToo() {
        assertThat(kindsOf("🐈".repeat(1024), ANN)).isEmpty();
        assertThat(kindsOf("🐈".repeat(1025), ANN)).containsExactly(TOO_LONG);
    }
}
