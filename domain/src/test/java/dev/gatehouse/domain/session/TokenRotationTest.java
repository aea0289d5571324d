package dev.gatehouse.domain.session;

import static dev.gatehouse.domain.session.SessionFixture.START;
import static dev.gatehouse.domain.session.SessionFixture.TOKEN_HASH;
import static dev.gatehouse.domain.session.SessionFixture.plainSession;
import static dev.gatehouse.domain.session.SessionFixture.rememberedSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenRotationTest {

    private static final TokenRotation HOURLY = new TokenRotation(Duration.ofHours(1), Duration.ofSeconds(30));
    private static final SessionTokenHash NEXT =
            new SessionTokenHash("0d4e6f8a1b2c8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a94");

    @Test
    void defaultsToAnHourlyTokenAndHalfAMinuteForRequestsAlreadyUnderway() {
        assertThat(TokenRotation.DEFAULT).isEqualTo(HOURLY);
    }

    @Test
    void aRememberedSessionsTokenIsDueOnceItIsAsOldAsTheInterval() {
        Session session = rememberedSession();

        assertThat(session.tokenDueForRotation(START.plus(Duration.ofHours(1)).minusNanos(1000), HOURLY)).isFalse();
        assertThat(session.tokenDueForRotation(START.plus(Duration.ofHours(1)), HOURLY)).isTrue();
    }

    @Test
    void aPlainSessionsTokenIsNeverRotated() {
        assertThat(plainSession().tokenDueForRotation(START.plus(Duration.ofHours(11)), HOURLY)).isFalse();
    }

    @Test
    void rotationKeepsTheSessionAndItsLifetimeAndCountsTheIntervalAnew() {
        Session session = rememberedSession();
        Session rotated = session.withRotatedToken(NEXT, START.plus(Duration.ofHours(2)));

        assertThat(rotated).isEqualTo(session);
        assertThat(rotated.tokenHash()).isEqualTo(NEXT);
        assertThat(rotated.replacedTokenHash()).contains(TOKEN_HASH);
        assertThat(rotated.tokenIssuedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(rotated.absoluteExpiresAt()).isEqualTo(session.absoluteExpiresAt());
        assertThat(rotated.tokenDueForRotation(START.plus(Duration.ofHours(2)).plusSeconds(3599), HOURLY)).isFalse();
    }

    @Test
    void theReplacedTokenIsHonouredOnlyDuringTheGrace() {
        Session rotated = rememberedSession().withRotatedToken(NEXT, START.plus(Duration.ofHours(2)));

        assertThat(rotated.honoursReplacedTokenAt(START.plus(Duration.ofHours(2)).plusSeconds(29), HOURLY)).isTrue();
        assertThat(rotated.honoursReplacedTokenAt(START.plus(Duration.ofHours(2)).plusSeconds(30), HOURLY)).isFalse();
    }

    @Test
    void aSessionThatNeverRotatedHonoursNoReplacedToken() {
        assertThat(rememberedSession().honoursReplacedTokenAt(START, HOURLY)).isFalse();
        assertThat(rememberedSession().replacedTokenHash()).isEmpty();
        assertThat(rememberedSession().tokenIssuedAt()).isEqualTo(START);
    }

    @Test
    void aStoredRotatedSessionIsRebuiltWithItsTokenHistory() {
        Session rotated = rememberedSession().withRotatedToken(NEXT, START.plusSeconds(7200));
        Session rebuilt = Session.rebuild(rotated.id(), rotated.userId(), NEXT, START, START, rotated.absoluteExpiresAt(),
                true, "Firefox").rebuiltWithReplacedToken(TOKEN_HASH, START.plusSeconds(7200));

        assertThat(rebuilt.replacedTokenHash()).contains(TOKEN_HASH);
        assertThat(rebuilt.tokenIssuedAt()).isEqualTo(START.plusSeconds(7200));
    }

    @Test
    void refusesATokenReplacingItselfOrIssuedBeforeTheSessionOrTheTokenBefore() {
        Session session = rememberedSession();

        assertThatThrownBy(() -> session.withRotatedToken(TOKEN_HASH, START.plusSeconds(7200)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.withRotatedToken(NEXT, START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.rebuiltWithReplacedToken(NEXT, START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIntervalThatIsNotPositiveAndAGraceNotShorterThanIt() {
        assertThatThrownBy(() -> new TokenRotation(Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenRotation(Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenRotation(Duration.ofMinutes(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TokenRotation(Duration.ofMinutes(1), Duration.ZERO).grace()).isZero();
    }
}
