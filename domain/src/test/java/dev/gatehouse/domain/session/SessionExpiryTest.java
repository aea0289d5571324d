package dev.gatehouse.domain.session;

import static dev.gatehouse.domain.session.SessionFixture.LIFETIME;
import static dev.gatehouse.domain.session.SessionFixture.START;
import static dev.gatehouse.domain.session.SessionFixture.plainSession;
import static dev.gatehouse.domain.session.SessionFixture.rememberedSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionExpiryTest {

    private static Instant minutesAfterStart(long minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "last seen {0} min after start: ends {1} min after start")
    @CsvSource({
            "0,   30",   // idle end comes first
            "60,  90",
            "689, 719",
            "690, 720",  // idle end and absolute end coincide
            "700, 720",  // absolute end comes first
            "719, 720",
    })
    void plainSessionEndsAtTheEarlierOfIdleEndAndAbsoluteEnd(long lastSeenMinute, long expiryMinute) {
        Session session = plainSession().seenAt(minutesAfterStart(lastSeenMinute));

        assertThat(session.expiresAt(LIFETIME)).isEqualTo(minutesAfterStart(expiryMinute));
    }

    @ParameterizedTest(name = "last seen {0} min after start")
    @CsvSource({"0", "60", "43000"})
    void rememberedSessionEndsThirtyDaysAfterItsStartHoweverIdle(long lastSeenMinute) {
        Session session = rememberedSession().seenAt(minutesAfterStart(lastSeenMinute));

        assertThat(session.expiresAt(LIFETIME)).isEqualTo(START.plus(Duration.ofDays(30)));
    }

    @ParameterizedTest(name = "{0} s after start: live = {1}")
    @CsvSource({"0, true", "1799, true", "1800, false", "1801, false"})
    void plainSessionIsLiveUntilTheSecondItsIdleTimeoutEnds(long secondsAfterStart, boolean live) {
        assertThat(plainSession().isLiveAt(START.plusSeconds(secondsAfterStart), LIFETIME)).isEqualTo(live);
    }

    @ParameterizedTest(name = "{0} s after start: live = {1}")
    @CsvSource({"43199, true", "43200, false"})
    void busySessionIsLiveUntilTheSecondItsAbsoluteLifetimeEnds(long secondsAfterStart, boolean live) {
        Session busy = plainSession().seenAt(START.plus(Duration.ofHours(11).plusMinutes(59)));

        assertThat(busy.isLiveAt(START.plusSeconds(secondsAfterStart), LIFETIME)).isEqualTo(live);
    }

    @ParameterizedTest(name = "{0} s after start: live = {1}")
    @CsvSource({"3600, true", "2591999, true", "2592000, false"})
    void rememberedSessionSurvivesIdlenessUntilTheSecondItsLifetimeEnds(long secondsAfterStart, boolean live) {
        assertThat(rememberedSession().isLiveAt(START.plusSeconds(secondsAfterStart), LIFETIME)).isEqualTo(live);
    }

    @ParameterizedTest(name = "{0} s after last seen: older than a minute = {1}")
    @CsvSource({"0, false", "30, false", "59, false", "60, true", "61, true"})
    void lastSeenIsOlderThanAnIntervalOnceTheIntervalHasFullyPassed(long secondsLater, boolean older) {
        assertThat(plainSession().lastSeenOlderThan(Duration.ofMinutes(1), START.plusSeconds(secondsLater)))
                .isEqualTo(older);
    }

    @Test
    void seeingMovesLastSeenForwardAndNothingElse() {
        Session session = plainSession();
        Instant later = START.plusSeconds(90);

        Session seen = session.seenAt(later);

        assertThat(seen.lastSeenAt()).isEqualTo(later);
        assertThat(seen.createdAt()).isEqualTo(session.createdAt());
        assertThat(seen.absoluteExpiresAt()).isEqualTo(session.absoluteExpiresAt());
        assertThat(seen.tokenHash()).isEqualTo(session.tokenHash());
        assertThat(seen.userAgent()).isEqualTo(session.userAgent());
        assertThat(session.lastSeenAt()).isEqualTo(START);
    }

    @Test
    void seeingNeverMovesLastSeenBackward() {
        Session session = plainSession().seenAt(START.plusSeconds(600));

        assertThat(session.seenAt(START.plusSeconds(300)).lastSeenAt()).isEqualTo(START.plusSeconds(600));
    }
}
