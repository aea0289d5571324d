package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    @Test
    void textFormIsRedacted() {
        PasswordHash hash = new PasswordHash("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");

        assertThat(hash.toString()).isEqualTo("PasswordHash[redacted]").doesNotContain("$2b$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void refusesBlankHash(String encoded) {
        assertThatThrownBy(() -> new PasswordHash(encoded)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMissingHash() {
        assertThatThrownBy(() -> new PasswordHash(null)).isInstanceOf(NullPointerException.class);
    }
}
