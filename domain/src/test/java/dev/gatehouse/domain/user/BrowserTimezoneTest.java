package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BrowserTimezoneTest {

    @Test
    void readsAnIanaZone() {
        assertThat(BrowserTimezone.parse(" Europe/Berlin ")).contains(ZoneId.of("Europe/Berlin"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Mars/Olympus", "Europe/../../etc/passwd", "<script>"})
    void ignoresWhatIsNoZone(String reported) {
        assertThat(BrowserTimezone.parse(reported)).isEmpty();
    }

    @Test
    void ignoresOversizedInput() {
        assertThat(BrowserTimezone.parse("Europe/" + "x".repeat(100))).isEmpty();
    }
}
