package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.service.session.SessionFakes.LIFETIME;
import static dev.gatehouse.application.service.session.SessionFakes.ROTATION;
import static dev.gatehouse.application.testing.TestOrigins.BROWSER;
import static dev.gatehouse.application.testing.TestOrigins.OTHER_CLIENT;
import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rotation of remember-me tokens, and what happens to the token a rotation replaced. */
class RotateSessionTokenServiceTest {

    private final SessionFakes fakes = new SessionFakes();
    private final RotateSessionTokenService rotation =
            new RotateSessionTokenService(fakes.sessions, fakes.tokens, ROTATION, fakes.clock);
    private final AuthenticateSessionService authentication = new AuthenticateSessionService(fakes.sessions, LIFETIME,
            ROTATION, Duration.ofMinutes(1), fakes.audit, fakes.clock);
    private final User ann = fakes.stored(aUser());

    private StoredSession rememberedSessionStartingNow() {
        Instant now = fakes.clock.instant();
        return fakes.storedSession(ann, aSession().createdAt(now).absoluteExpiresAt(now.plus(LIFETIME.rememberMeLifetime()))
                .rememberMe());
    }

    private Authenticated signedIn(StoredSession session) {
        return authentication.authenticate(session.token(), BROWSER).orElseThrow();
    }

    @Test
    void aRememberedTokenYoungerThanTheIntervalIsKept() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(ROTATION.after().minusSeconds(1));

        assertThat(rotation.rotateIfDue(signedIn(stored))).isEmpty();
        assertThat(authentication.authenticate(stored.token(), BROWSER)).isPresent();
    }

    @Test
    void aRememberedTokenAsOldAsTheIntervalIsReplacedAndTheSessionKeepsItsEnd() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(ROTATION.after());

        Authenticated rotated = rotation.rotateIfDue(signedIn(stored)).orElseThrow();

        assertThat(rotated.token()).isNotEqualTo(stored.token());
        assertThat(rotated.session().id()).isEqualTo(stored.session().id());
        assertThat(rotated.expiresAt()).isEqualTo(stored.session().absoluteExpiresAt());
        assertThat(authentication.authenticate(rotated.token(), BROWSER).orElseThrow().session().id())
                .isEqualTo(stored.session().id());
    }

    @Test
    void aPlainSessionsTokenIsNeverReplaced() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);
        fakes.clock.advance(Duration.ofMinutes(29));
        signedIn(stored);
        fakes.clock.advance(Duration.ofMinutes(29));
        signedIn(stored);
        fakes.clock.advance(Duration.ofMinutes(29));

        assertThat(rotation.rotateIfDue(signedIn(stored))).isEmpty();
    }

    @Test
    void theReplacedTokenStillWorksDuringTheGraceWithoutRotatingAgain() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(ROTATION.after());
        Authenticated rotated = rotation.rotateIfDue(signedIn(stored)).orElseThrow();
        fakes.clock.advance(ROTATION.grace().minusSeconds(1));

        Authenticated late = authentication.authenticate(stored.token(), BROWSER).orElseThrow();

        assertThat(late.session().id()).isEqualTo(stored.session().id());
        assertThat(rotation.rotateIfDue(late)).isEmpty();
        assertThat(authentication.authenticate(rotated.token(), BROWSER)).isPresent();
    }

    @Test
    void theReplacedTokenAfterTheGraceEndsTheSessionForEveryoneAndIsAudited() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(ROTATION.after());
        Authenticated rotated = rotation.rotateIfDue(signedIn(stored)).orElseThrow();
        fakes.clock.advance(ROTATION.grace());

        assertThat(authentication.authenticate(stored.token(), OTHER_CLIENT)).isEmpty();

        assertThat(authentication.authenticate(rotated.token(), BROWSER)).isEmpty();
        assertThat(fakes.sessions.findById(stored.session().id())).isEmpty();
        AuditEvent revoked = fakes.audit.only(AuditEventType.SESSION_REVOKED);
        assertThat(revoked.subject().orElseThrow().id()).contains(ann.id());
        assertThat(revoked.actor()).isEmpty();
        assertThat(revoked.detail()).isEqualTo("replaced token presented");
        assertThat(revoked.origin()).isEqualTo(OTHER_CLIENT);
    }

    @Test
    void ofTwoRequestsRotatingAtOnceOneWinsAndTheOtherKeepsItsToken() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(ROTATION.after());
        Authenticated first = signedIn(stored);
        Authenticated second = signedIn(stored);

        Authenticated rotated = rotation.rotateIfDue(first).orElseThrow();

        assertThat(rotation.rotateIfDue(second)).isEmpty();
        assertThat(authentication.authenticate(rotated.token(), BROWSER)).isPresent();
    }

    @Test
    void aRotationOnDemandReplacesAnyTokenAtOnceEvenAPlainSessions() {
        StoredSession stored = fakes.storedSessionStartingNow(ann);

        Authenticated rotated = rotation.rotate(signedIn(stored)).orElseThrow();

        assertThat(rotated.token()).isNotEqualTo(stored.token());
        assertThat(rotated.session().rememberMe()).isFalse();
        assertThat(authentication.authenticate(rotated.token(), BROWSER)).isPresent();
        fakes.clock.advance(ROTATION.grace());
        assertThat(authentication.authenticate(stored.token(), BROWSER)).isEmpty();
    }

    @Test
    void theTokenIsReplacedAgainAfterAnotherInterval() {
        StoredSession stored = rememberedSessionStartingNow();
        fakes.clock.advance(ROTATION.after());
        Authenticated once = rotation.rotateIfDue(signedIn(stored)).orElseThrow();
        fakes.clock.advance(ROTATION.after());

        Authenticated twice = rotation.rotateIfDue(authentication.authenticate(once.token(), BROWSER).orElseThrow())
                .orElseThrow();

        assertThat(twice.token()).isNotIn(stored.token(), once.token());
        assertThat(authentication.authenticate(stored.token(), BROWSER)).isEmpty();
        assertThat(fakes.audit.events()).isEmpty();
        assertThat(authentication.authenticate(twice.token(), BROWSER)).isPresent();
    }
}
