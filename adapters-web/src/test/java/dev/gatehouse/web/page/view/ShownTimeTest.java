package dev.gatehouse.web.page.view;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShownTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T14:30:45.123Z");

    @ParameterizedTest(name = "{0} s before now: {1}")
    @CsvSource({
        "0, just now", "59, just now", "60, 1 minute ago", "119, 1 minute ago", "120, 2 minutes ago",
        "3599, 59 minutes ago", "3600, 1 hour ago", "86399, 23 hours ago", "86400, 1 day ago",
        "2591999, 29 days ago", "2592000, 1 month ago", "31535999, 12 months ago", "31536000, 1 year ago",
        "-30, in less than a minute", "-7200, in 2 hours", "-172800, in 2 days",
    })
    void saysHowLongAgoInTheLargestWholeUnit(long secondsBefore, String expected) {
        assertThat(RelativeTime.between(NOW.minusSeconds(secondsBefore), NOW)).isEqualTo(expected);
    }

    @Test
    void theExactMomentIsInThePersonsTimeZoneWithItsOffset() {
        User inBerlin = aUser().withTimezone("Europe/Berlin").build();

        ShownTime shown = ShownTime.of(NOW.minus(Duration.ofHours(2)), inBerlin, NOW);

        assertThat(shown.iso()).isEqualTo("2026-12-03T13:30:45+01:00");
        assertThat(shown.text()).isEqualTo("3 Dec 2026, 13:30 CET");
        assertThat(shown.relative()).isEqualTo("2 hours ago");
    }

    @Test
    void withoutATimeZoneItIsUtc() {
        ShownTime shown = ShownTime.of(Instant.parse("2026-12-03T14:00:00Z"), aUser().build(), NOW);

        assertThat(shown.iso()).isEqualTo("2026-12-03T14:00:00Z");
        assertThat(shown.text()).isEqualTo("3 Dec 2026, 14:00 UTC");
    }

    @Test
    void durationsAreSpokenInWholeHoursWhenTheyAre() {
        assertThat(SessionsView.spoken(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(SessionsView.spoken(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(SessionsView.spoken(Duration.ofMinutes(120))).isEqualTo("2 hours");
        assertThat(SessionsView.spoken(Duration.ofSeconds(10))).isEqualTo("1 minute");
    }
}
