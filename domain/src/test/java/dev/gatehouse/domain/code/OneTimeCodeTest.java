package dev.gatehouse.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    @ParameterizedTest
    @CsvSource({"0, 000000", "7, 000007", "42137, 042137", "999999, 999999"})
    void keepsLeadingZeros(int number, String digits) {
        assertThat(OneTimeCode.fromNumber(number).digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1_000_000})
    void refusesNumbersOutsideSixDigits(int number) {
        assertThatThrownBy(() -> OneTimeCode.fromNumber(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12345a", " 123456", "١٢٣٤٥٦"})
    void isExactlySixAsciiDigits(String digits) {
        assertThatThrownBy(() -> new OneTimeCode(digits)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesOnlyTheSameDigitsAndNeverShowsThem() {
        OneTimeCode code = new OneTimeCode("042137");

        assertThat(code.matches("042137")).isTrue();
        assertThat(code.matches("42137")).isFalse();
        assertThat(code.matches(null)).isFalse();
        assertThat(code.toString()).doesNotContain("042137");
    }

    @Test
    void parsesWhatAPersonTypedForgivingSurroundingSpaces() {
        assertThat(OneTimeCode.parseEntered(" 042137 ")).contains(new OneTimeCode("042137"));
        assertThat(OneTimeCode.parseEntered("04 2137")).isEmpty();
        assertThat(OneTimeCode.parseEntered(null)).isEmpty();
        assertThat(OneTimeCode.parseEntered("' OR 1=1")).isEmpty();
    }
}
