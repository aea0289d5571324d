package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.domain.user.RegistrationToken;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifySignInCodeServiceTest {

    private static final String RIGHT = "042137";
    private static final String WRONG = "999999";

    private final CodeFakes fakes = new CodeFakes(RIGHT, "111111", "222222");
    private final VerifySignInCodeService verify = fakes.verifySignInCode();

    private void requestCode(EmailAddress email) {
        fakes.requestSignInCode(true).requestSignInCode(new RequestCodeCommand(email, TestOrigins.BROWSER));
    }

    private SignedIn enter(EmailAddress email, String code) {
        return verify.verify(new VerifySignInCodeCommand(email, new OneTimeCode(code), false, Optional.empty(), TestOrigins.BROWSER));
    }

    @Test
    void theRightCodeStartsASessionLikeAPasswordSignIn() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        SignedIn signedIn = verify.verify(new VerifySignInCodeCommand(
                ann.email(), new OneTimeCode(RIGHT), true, Optional.empty(), TestOrigins.BROWSER));

        assertThat(signedIn.user().id()).isEqualTo(ann.id());
        assertThat(signedIn.session().rememberMe()).isTrue();
        assertThat(signedIn.expiresAt()).isEqualTo(fakes.clock.instant().plus(SessionLifetime.DEFAULT.rememberMeLifetime()));
        assertThat(fakes.sessions.findWithUserByTokenHash(signedIn.token().hash())).isPresent();
        assertThat(fakes.reloaded(ann).lastLoginAt()).contains(fakes.clock.instant());
    }

    @Test
    void aCodeWorksOnlyOnce() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());
        enter(ann.email(), RIGHT);

        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void expiresToTheSecond() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        fakes.clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void stillValidOneMicrosecondBeforeExpiry() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        fakes.clock.advance(Duration.ofMinutes(10).minusNanos(1000));

        assertThat(enter(ann.email(), RIGHT).user().id()).isEqualTo(ann.id());
    }

    @Test
    void theFifthWrongAttemptKillsTheCode() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> enter(ann.email(), WRONG)).isInstanceOf(InvalidCodeException.class);
        }

        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void fourWrongAttemptsStillLeaveTheRightCodeUsable() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> enter(ann.email(), WRONG)).isInstanceOf(InvalidCodeException.class);
        }

        assertThat(enter(ann.email(), RIGHT).user().id()).isEqualTo(ann.id());
    }

    @Test
    void aNewerCodeLeavesTheOlderOneValidSoAStrangersRequestCannotKillIt() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());
        fakes.clock.advance(Duration.ofSeconds(31));
        requestCode(ann.email());

        assertThat(enter(ann.email(), RIGHT).user().id()).isEqualTo(ann.id());
        assertThat(enter(ann.email(), "111111").user().id()).isEqualTo(ann.id());
        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void newCodesDoNotResetTheAccountWideFailureCount() {
        User ann = fakes.stored(aUser().build());
        for (int i = 0; i < 100; i++) {
            fakes.failures.record(ann.id(), fakes.clock.instant());
        }
        requestCode(ann.email());

        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void wrongEntriesCountAgainstTheAccountForAnHour() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        assertThatThrownBy(() -> enter(ann.email(), WRONG)).isInstanceOf(InvalidCodeException.class);

        assertThat(fakes.failures.countSince(ann.id(), fakes.clock.instant().minus(Duration.ofHours(1)))).isEqualTo(1);
    }

    @Test
    void anUnknownAddressIsJustAnInvalidCode() {
        assertThatThrownBy(() -> enter(EmailAddress.of("nobody@example.org"), RIGHT))
                .isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void theFirstCodeActivatesAPendingAccountAndRecordsTheBrowsersTimezone() {
        EmailAddress newcomer = EmailAddress.of("new@example.org");
        requestCode(newcomer);

        SignedIn signedIn = verify.verify(new VerifySignInCodeCommand(
                newcomer, new OneTimeCode(RIGHT), false, Optional.of(ZoneId.of("Asia/Tokyo")), TestOrigins.BROWSER));

        User stored = fakes.users.findByEmail(newcomer).orElseThrow();
        assertThat(stored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(stored.timezone()).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(signedIn.user().active()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignInWithACode() {
        User disabled = fakes.stored(aUser().inactive().build());

        assertThatThrownBy(() -> enter(disabled.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
        assertThat(fakes.sessions.size()).isZero();
    }

    @Test
    void aCodeSignInIsAuditedAsSuchAfterItsRequest() {
        User ann = fakes.stored(aUser().build());
        requestCode(ann.email());

        enter(ann.email(), RIGHT);

        assertThat(fakes.audit.events()).extracting(AuditEvent::type, AuditEvent::detail).containsExactly(
                tuple(AuditEventType.CODE_REQUESTED, "sign-in"),
                tuple(AuditEventType.SIGN_IN_SUCCEEDED, "code"));
        assertThat(fakes.audit.only(AuditEventType.SIGN_IN_SUCCEEDED).origin()).isEqualTo(TestOrigins.BROWSER);
    }

    @Test
    void everyRefusedCodeIsAuditedAsAFailedSignInWithItsReason() {
        User ann = fakes.stored(aUser().withEmail("ann@example.org").build());
        User disabled = fakes.stored(aUser().withEmail("off@example.org").inactive().build());

        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
        requestCode(ann.email());
        assertThatThrownBy(() -> enter(ann.email(), WRONG)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> enter(disabled.email(), RIGHT)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> enter(EmailAddress.of("nobody@example.org"), RIGHT)).isInstanceOf(InvalidCodeException.class);

        assertThat(fakes.audit.eventsOf(AuditEventType.SIGN_IN_FAILED))
                .extracting(event -> event.subject().orElseThrow().email().value(), AuditEvent::detail)
                .containsExactly(
                        tuple("ann@example.org", "code: no-live-code"),
                        tuple("ann@example.org", "code: wrong-code"),
                        tuple("off@example.org", "code: disabled"),
                        tuple("nobody@example.org", "code: unknown-account"));
        assertThat(fakes.audit.eventsOf(AuditEventType.SIGN_IN_FAILED)).allSatisfy(event -> {
            assertThat(event.actor()).isEmpty();
            assertThat(event.detail()).doesNotContain(RIGHT).doesNotContain(WRONG);
        });
    }

    @Test
    void anAccountOverItsFailureCapIsAuditedAsSuch() {
        User ann = fakes.stored(aUser().withEmail("ann@example.org").build());
        for (int i = 0; i < 100; i++) {
            fakes.failures.record(ann.id(), fakes.clock.instant());
        }
        requestCode(ann.email());

        assertThatThrownBy(() -> enter(ann.email(), RIGHT)).isInstanceOf(TooManyAttemptsException.class);

        assertThat(fakes.audit.only(AuditEventType.SIGN_IN_FAILED).detail()).isEqualTo("code: too-many-failures");
    }

    private User pendingRegistration(RegistrationToken token) {
        return fakes.stored(User.registerUnproven(SequentialIds.userId(50), EmailAddress.of("ann@example.org"),
                FastPasswordHasher.hashOf("the stranger chose this one"), token.hash(), fakes.clock.instant()));
    }

    private SignedIn enterWith(EmailAddress email, String code, Optional<RegistrationToken> registration) {
        return verify.verify(new VerifySignInCodeCommand(email, new OneTimeCode(code), false, Optional.empty(),
                TestOrigins.BROWSER, HeldTokens.NONE, registration));
    }

    @Test
    void withTheRegistrationsTokenTheProofKeepsThePasswordAndMailsNoNotice() {
        RegistrationToken token = new SeededTokens().newRegistrationToken();
        User ann = pendingRegistration(token);
        requestCode(ann.email());

        SignedIn signedIn = enterWith(ann.email(), RIGHT, Optional.of(token));

        User proven = fakes.reloaded(ann);
        assertThat(proven.emailVerified()).isTrue();
        assertThat(proven.active()).isTrue();
        assertThat(proven.passwordHash()).contains(FastPasswordHasher.hashOf("the stranger chose this one"));
        assertThat(proven.passwordUnproven()).isFalse();
        assertThat(signedIn.user().registration()).isEmpty();
        assertThat(fakes.mailTo(ann.email())).extracting(OutgoingMail::kind).doesNotContain(MailKind.UNPROVEN_PASSWORD_REMOVED);
        assertThat(fakes.audit.eventsOf(AuditEventType.UNPROVEN_PASSWORD_REMOVED)).isEmpty();
    }

    @Test
    void withoutTheTokenTheProofRemovesTheUnprovenPasswordEndsOtherSessionsMailsAndAudits() {
        RegistrationToken token = new SeededTokens().newRegistrationToken();
        User ann = fakes.stored(User.registerWithPassword(SequentialIds.userId(51), EmailAddress.of("ann@example.org"),
                FastPasswordHasher.hashOf("the stranger chose this one"), fakes.clock.instant()));
        SessionToken strangers = TestSessions.randomToken();
        fakes.sessions.add(TestSessions.aSession().of(ann).withToken(strangers).build());
        requestCode(ann.email());

        SignedIn owner = enterWith(ann.email(), RIGHT, Optional.of(token));

        User proven = fakes.reloaded(ann);
        assertThat(proven.passwordHash()).isEmpty();
        assertThat(proven.emailVerified()).isTrue();
        assertThat(fakes.sessions.findWithUserByTokenHash(strangers.hash())).isEmpty();
        assertThat(fakes.sessions.findWithUserByTokenHash(owner.token().hash())).isPresent();
        assertThat(fakes.mailTo(ann.email())).extracting(OutgoingMail::kind).contains(MailKind.UNPROVEN_PASSWORD_REMOVED);
        assertThat(fakes.audit.eventsOf(AuditEventType.UNPROVEN_PASSWORD_REMOVED)).hasSize(1);
    }

    @Test
    void aProvenAccountsPasswordAndSessionsAreNotTouchedByACodeSignIn() {
        User ann = fakes.stored(aUser().build());
        SessionToken other = TestSessions.randomToken();
        fakes.sessions.add(TestSessions.aSession().of(ann).withToken(other).build());
        requestCode(ann.email());

        enter(ann.email(), RIGHT);

        assertThat(fakes.reloaded(ann).passwordHash()).isEqualTo(ann.passwordHash());
        assertThat(fakes.sessions.findWithUserByTokenHash(other.hash())).isPresent();
    }

    @Test
    void openingAPendingAccountWithItsFirstCodeSendsNoSignInNotice() {
        EmailAddress newcomer = EmailAddress.of("new@example.org");
        requestCode(newcomer);

        enter(newcomer, RIGHT);

        assertThat(fakes.mailTo(newcomer)).extracting(OutgoingMail::kind).containsExactly(MailKind.SIGN_IN_CODE);
    }

    @Test
    void aReturningAccountSigningInByCodeFromABrowserNotRecognisedIsTold() {
        User ann = fakes.stored(aUser().lastLoginAt(fakes.clock.instant().minusSeconds(86_400)).build());
        requestCode(ann.email());

        enter(ann.email(), RIGHT);

        assertThat(fakes.mailTo(ann.email())).extracting(OutgoingMail::kind)
                .containsExactly(MailKind.SIGN_IN_CODE, MailKind.NEW_BROWSER_SIGN_IN);
    }
}
