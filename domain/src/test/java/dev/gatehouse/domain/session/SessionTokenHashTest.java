package dev.gatehouse.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenHashTest {

    private static final String DIGEST = "8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8";

    @Test
    void acceptsLowerHexSha256() {
        assertThat(new SessionTokenHash(DIGEST).hex()).isEqualTo(DIGEST);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "8A5BDB4CC15164126C6EF2668DE9DD240D299CE6397A42C95A9411B93D080ED8", // upper case
            "8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed",  // 63
            "8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed80", // 65
            "ga5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8", // not hex
    })
    void refusesAnythingElse(String hex) {
        assertThatThrownBy(() -> new SessionTokenHash(hex)).isInstanceOf(IllegalArgumentException.class);
    }
}
