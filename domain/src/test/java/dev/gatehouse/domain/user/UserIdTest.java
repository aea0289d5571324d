package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    @Test
    void parsesWhatItPrints() {
        UserId id = new UserId(UUID.randomUUID());

        assertThat(UserId.parse(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "3f1c2a9e"})
    void refusesTextThatIsNoUuid(String text) {
        assertThatThrownBy(() -> UserId.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresValue() {
        assertThatThrownBy(() -> new UserId(null)).isInstanceOf(NullPointerException.class);
    }
}
