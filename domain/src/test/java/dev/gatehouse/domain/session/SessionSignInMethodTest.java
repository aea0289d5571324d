package dev.gatehouse.domain.session;

import static dev.gatehouse.domain.session.SessionFixture.LIFETIME;
import static dev.gatehouse.domain.session.SessionFixture.START;
import static dev.gatehouse.domain.session.SessionFixture.plainSession;
import static dev.gatehouse.domain.session.SessionFixture.rememberedSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.SignInMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionSignInMethodTest {

    private static final SessionTokenHash NEXT =
            new SessionTokenHash("0000000000000000000000000000000000000000000000000000000000000001");

    @Test
    void aSessionStartedWithoutAMethodClaimsNone() {
        Session session = plainSession();

        assertThat(session.signInMethod()).isEmpty();
        assertThat(session.signedInBySince(SignInMethod.CODE, START.minusSeconds(1))).isFalse();
        assertThat(session.signedInBySince(SignInMethod.PASSWORD, START.minusSeconds(1))).isFalse();
    }

    @Test
    void aSessionSignedInByCodeCountsAsSuchFromItsStartOnly() {
        Session session = plainSession().signedInBy(SignInMethod.CODE);

        assertThat(session.signInMethod()).contains(SignInMethod.CODE);
        assertThat(session.signedInBySince(SignInMethod.CODE, START)).isTrue();
        assertThat(session.signedInBySince(SignInMethod.CODE, START.plusNanos(1000))).isFalse();
        assertThat(session.signedInBySince(SignInMethod.PASSWORD, START)).isFalse();
    }

    @Test
    void theMethodOutlivesRotationAndLastSeenMarks() {
        Session rotated = rememberedSession().signedInBy(SignInMethod.PASSWORD)
                .withRotatedToken(NEXT, START.plus(Duration.ofDays(1)))
                .seenAt(START.plus(Duration.ofDays(2)));

        assertThat(rotated.signInMethod()).contains(SignInMethod.PASSWORD);
        assertThat(rotated.isLiveAt(START.plus(Duration.ofDays(2)), LIFETIME)).isTrue();
    }
}
