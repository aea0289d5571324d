package dev.gatehouse.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssuedCodeTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final UserId USER = new UserId(UUID.randomUUID());
    private static final CodeHash HASH = new CodeHash("a".repeat(64));

    @Test
    void acceptsAttemptsUntilItsExpiryToTheSecond() {
        IssuedCode code = IssuedCode.issue(USER, CodePurpose.SIGN_IN, HASH, NOW, CodeRules.DEFAULT);

        assertThat(code.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(code.acceptsAttemptAt(NOW.plusSeconds(599))).isTrue();
        assertThat(code.acceptsAttemptAt(NOW.plusSeconds(600))).isFalse();
    }

    @Test
    void acceptsNoAttemptAfterFiveFailures() {
        IssuedCode four = IssuedCode.rebuild(USER, CodePurpose.SIGN_IN, HASH, NOW, NOW.plusSeconds(600), 4);
        IssuedCode five = IssuedCode.rebuild(USER, CodePurpose.SIGN_IN, HASH, NOW, NOW.plusSeconds(600), 5);

        assertThat(four.acceptsAttemptAt(NOW)).isTrue();
        assertThat(five.acceptsAttemptAt(NOW)).isFalse();
    }

    @Test
    void rulesCapValidityAtTenMinutesAndFailuresAtAHundredPerHour() {
        assertThatThrownBy(() -> new CodeRules(Duration.ofMinutes(11), Duration.ZERO, 100, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeRules(Duration.ofMinutes(5), Duration.ZERO, 101, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeRules(Duration.ofMinutes(5), Duration.ZERO, 100, Duration.ofMinutes(59)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CodeRules(Duration.ofMinutes(5), Duration.ZERO, 10, Duration.ofHours(2)).validity())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void codeHashesCompareByValueAndHideThemselves() {
        assertThat(HASH.matches(new CodeHash("a".repeat(64)))).isTrue();
        assertThat(HASH.matches(new CodeHash("b".repeat(64)))).isFalse();
        assertThat(HASH.toString()).doesNotContain("aaaa");
        assertThatThrownBy(() -> new CodeHash("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void purposesHaveStableStorageIds() {
        for (CodePurpose purpose : CodePurpose.values()) {
            assertThat(CodePurpose.fromId(purpose.id())).isEqualTo(purpose);
        }
    }
}
