package dev.gatehouse.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLifetimeTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration REMEMBER_ME = Duration.ofDays(30);

    @Test
    void defaultsAreHalfAnHourIdleTwelveHoursAbsoluteThirtyDaysRemembered() {
        assertThat(SessionLifetime.DEFAULT).isEqualTo(new SessionLifetime(IDLE, ABSOLUTE, REMEMBER_ME));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesIdleTimeoutThatIsNotPositive(long seconds) {
        assertThatThrownBy(() -> new SessionLifetime(Duration.ofSeconds(seconds), ABSOLUTE, REMEMBER_ME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleTimeout");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesAbsoluteLifetimeThatIsNotPositive(long seconds) {
        assertThatThrownBy(() -> new SessionLifetime(IDLE, Duration.ofSeconds(seconds), REMEMBER_ME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absoluteLifetime");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesRememberMeLifetimeThatIsNotPositive(long seconds) {
        assertThatThrownBy(() -> new SessionLifetime(IDLE, ABSOLUTE, Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rememberMeLifetime");
    }

    @Test
    void refusesMissingDurations() {
        assertThatThrownBy(() -> new SessionLifetime(null, ABSOLUTE, REMEMBER_ME)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SessionLifetime(IDLE, null, REMEMBER_ME)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SessionLifetime(IDLE, ABSOLUTE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesIdleTimeoutLongerThanAbsoluteLifetime() {
        assertThatThrownBy(() -> new SessionLifetime(ABSOLUTE.plusSeconds(1), ABSOLUTE, REMEMBER_ME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsIdleTimeoutEqualToAbsoluteLifetime() {
        assertThat(new SessionLifetime(ABSOLUTE, ABSOLUTE, REMEMBER_ME).idleTimeout()).isEqualTo(ABSOLUTE);
    }
}
