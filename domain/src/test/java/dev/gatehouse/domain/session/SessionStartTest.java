package dev.gatehouse.domain.session;

import static dev.gatehouse.domain.session.SessionFixture.LIFETIME;
import static dev.gatehouse.domain.session.SessionFixture.OWNER;
import static dev.gatehouse.domain.session.SessionFixture.START;
import static dev.gatehouse.domain.session.SessionFixture.TOKEN_HASH;
import static dev.gatehouse.domain.session.SessionFixture.newId;
import static dev.gatehouse.domain.session.SessionFixture.plainSession;
import static dev.gatehouse.domain.session.SessionFixture.rememberedSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionStartTest {

    @Test
    void plainSessionStartsNowAndEndsAfterTheAbsoluteLifetime() {
        Session session = plainSession();

        assertThat(session.userId()).isEqualTo(OWNER);
        assertThat(session.tokenHash()).isEqualTo(TOKEN_HASH);
        assertThat(session.createdAt()).isEqualTo(START);
        assertThat(session.lastSeenAt()).isEqualTo(START);
        assertThat(session.rememberMe()).isFalse();
        assertThat(session.absoluteExpiresAt()).isEqualTo(START.plus(Duration.ofHours(12)));
    }

    @Test
    void rememberedSessionEndsAfterTheRememberMeLifetime() {
        Session session = rememberedSession();

        assertThat(session.rememberMe()).isTrue();
        assertThat(session.absoluteExpiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 254, 255})
    void keepsUserAgentsUpToTwoHundredFiftyFiveCharacters(int length) {
        String userAgent = "u".repeat(length);

        assertThat(startWithUserAgent(userAgent).userAgent()).contains(userAgent);
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 1000})
    void truncatesLongerUserAgentsToTwoHundredFiftyFiveCharacters(int length) {
        String userAgent = "Mozilla/5.0 " + "v".repeat(length - 12);

        assertThat(startWithUserAgent(userAgent).userAgent()).contains(userAgent.substring(0, 255));
    }

    @Test
    void truncationNeverSplitsACharacterOutsideTheBasicPlane() {
        String userAgent = "u".repeat(254) + "\uD83D\uDE00" + "tail";

        assertThat(startWithUserAgent(userAgent).userAgent()).contains("u".repeat(254));
    }

    @Test
    void userAgentIsOptional() {
        assertThat(startWithUserAgent(null).userAgent()).isEmpty();
    }

    @Test
    void refusesTimesOutOfOrder() {
        Instant end = START.plus(Duration.ofHours(12));
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, TOKEN_HASH, START, START.minusNanos(1000), end, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, TOKEN_HASH, START, START, START, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, TOKEN_HASH, START, START, START.minusSeconds(1), false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebuildAcceptsSessionNeverSeenSinceItsStart() {
        Instant end = START.plus(Duration.ofHours(12));

        Session session = Session.rebuild(newId(), OWNER, TOKEN_HASH, START, START, end, false, null);

        assertThat(session.lastSeenAt()).isEqualTo(START);
        assertThat(session.absoluteExpiresAt()).isEqualTo(end);
    }

    @Test
    void refusesMissingParts() {
        Instant end = START.plus(Duration.ofHours(12));
        assertThatThrownBy(() -> Session.rebuild(null, OWNER, TOKEN_HASH, START, START, end, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), null, TOKEN_HASH, START, START, end, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, null, START, START, end, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, TOKEN_HASH, null, START, end, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, TOKEN_HASH, START, null, end, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Session.rebuild(newId(), OWNER, TOKEN_HASH, START, START, null, false, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void sessionsAreTheSameWhenTheirIdsAreAndShowNoTokenHash() {
        Session session = plainSession();
        Session seenLater = session.seenAt(START.plusSeconds(600));

        assertThat(seenLater).isEqualTo(session).hasSameHashCodeAs(session).isNotEqualTo(plainSession());
        assertThat(session.toString()).contains(session.id().toString()).doesNotContain(TOKEN_HASH.hex());
    }

    private static Session startWithUserAgent(String userAgent) {
        return Session.start(newId(), OWNER, TOKEN_HASH, START, false, LIFETIME, userAgent);
    }
}
