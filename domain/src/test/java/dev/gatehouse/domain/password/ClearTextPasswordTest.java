package dev.gatehouse.domain.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearTextPasswordTest {

    @Test
    void textFormIsRedacted() {
        ClearTextPassword password = new ClearTextPassword("hunter2 is my password");

        assertThat(password.toString()).isEqualTo("ClearTextPassword[redacted]").doesNotContain("hunter2");
        assertThat(String.valueOf(List.of(password))).doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource({"abc, 3", "'', 0", "😀, 1", "😀😀a, 3", "naïve, 5"})
    void lengthIsCountedInCodePoints(String value, int codePoints) {
        assertThat(new ClearTextPassword(value).codePointLength()).isEqualTo(codePoints);
    }

    @Test
    void requiresValue() {
        assertThatThrownBy(() -> new ClearTextPassword(null)).isInstanceOf(NullPointerException.class);
    }
}
