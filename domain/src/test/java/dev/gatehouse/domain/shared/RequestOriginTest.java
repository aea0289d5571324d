package dev.gatehouse.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void keepsAddressAndAgent() {
        RequestOrigin origin = RequestOrigin.of("2001:db8::7", "Mozilla/5.0 (X11; Linux x86_64)");

        assertThat(origin.clientAddress()).isEqualTo("2001:db8::7");
        assertThat(origin.userAgent()).contains("Mozilla/5.0 (X11; Linux x86_64)");
    }

    @Test
    void dropsControlAndFormatCharactersFromTheAgentSoAdminPagesShowWhatWasSent() {
        RequestOrigin origin = RequestOrigin.of("192.0.2.1", "evil\r\nX-Injected: 1\u202Egnp.exe\u0000");

        assertThat(origin.userAgent()).contains("evilX-Injected: 1gnp.exe");
    }

    @Test
    void capsTheAgentWithoutSplittingACharacter() {
        String agent = "a" + "🐈".repeat(200);

        String kept = RequestOrigin.of("192.0.2.1", agent).userAgent().orElseThrow();

        assertThat(kept.length()).isLessThanOrEqualTo(RequestOrigin.MAX_USER_AGENT_LENGTH);
        assertThat(kept).isEqualTo("a" + "🐈".repeat(127));
    }

    @Test
    void aMissingOrBlankAgentIsNone() {
        assertThat(RequestOrigin.of("192.0.2.1", null).userAgent()).isEmpty();
        assertThat(RequestOrigin.of("192.0.2.1", " \t").userAgent()).isEmpty();
    }

    @Test
    void refusesABlankOrOverlongAddress() {
        assertThatThrownBy(() -> RequestOrigin.of(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOrigin.of("1".repeat(RequestOrigin.MAX_ADDRESS_LENGTH + 1), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
