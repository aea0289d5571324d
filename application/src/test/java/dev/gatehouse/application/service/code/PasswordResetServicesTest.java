package dev.gatehouse.application.service.code;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.PasswordHasher.PasswordCheck;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PasswordResetServicesTest {

    private static final String CODE = "314159";
    private static final String NEW_PASSWORD = "a brand new long passphrase";

    private final CodeFakes fakes = new CodeFakes(CODE);

    private void confirm(EmailAddress email, String code, String password) {
        fakes.confirmPasswordReset().confirm(new ConfirmPasswordResetCommand(
                email, new OneTimeCode(code), new ClearTextPassword(password), TestOrigins.BROWSER));
    }

    @Test
    void aKnownAddressIsMailedAResetCode() {
        User ann = fakes.stored(aUser().build());

        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThat(fakes.mailTo(ann.email())).singleElement()
                .satisfies(mail -> assertThat(mail.kind()).isEqualTo(MailKind.PASSWORD_RESET_CODE));
        assertThat(fakes.codes.newest(ann.id(), CodePurpose.PASSWORD_RESET)).isPresent();
    }

    @Test
    void anUnknownAddressGetsNoMailAndNoAccount() {
        EmailAddress stranger = EmailAddress.of("stranger@example.org");

        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(stranger, TestOrigins.BROWSER));

        assertThat(fakes.outbox.backlog()).isZero();
        assertThat(fakes.users.findByEmail(stranger)).isEmpty();
    }

    @Test
    void confirmingSetsTheNewPasswordAndRevokesEverySession() {
        User ann = fakes.stored(aUser().build());
        fakes.sessions.add(TestSessions.aSession().of(ann).build());
        fakes.sessions.add(TestSessions.aSession().of(ann).build());
        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        confirm(ann.email(), CODE, NEW_PASSWORD);

        User reset = fakes.reloaded(ann);
        assertThat(fakes.passwordHasher.verify(new ClearTextPassword(NEW_PASSWORD), reset.passwordHash().orElseThrow()))
                .isEqualTo(PasswordCheck.MATCH);
        assertThat(fakes.sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void aSignInCodeIsNoResetCode() {
        User ann = fakes.stored(aUser().build());
        fakes.requestSignInCode(true).requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThatThrownBy(() -> confirm(ann.email(), CODE, NEW_PASSWORD)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void aPolicyViolationIsRefusedBeforeTheCodeIsSpent() {
        User ann = fakes.stored(aUser().build());
        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThatThrownBy(() -> confirm(ann.email(), CODE, "short")).isInstanceOf(PasswordRejectedException.class);

        assertThat(fakes.codes.newest(ann.id(), CodePurpose.PASSWORD_RESET).orElseThrow().failedAttempts()).isZero();
        confirm(ann.email(), CODE, NEW_PASSWORD);
    }

    @Test
    void aWrongCodeChangesNothing() {
        User ann = fakes.stored(aUser().build());
        fakes.sessions.add(TestSessions.aSession().of(ann).build());
        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThatThrownBy(() -> confirm(ann.email(), "000000", NEW_PASSWORD)).isInstanceOf(InvalidCodeException.class);

        assertThat(fakes.reloaded(ann).passwordHash()).isEqualTo(ann.passwordHash());
        assertThat(fakes.sessions.findByUser(ann.id())).hasSize(1);
    }

    @Test
    void requestsAndTheResetAreAuditedAndAWrongCodeIsARejectedCode() {
        User ann = fakes.stored(aUser().withEmail("ann@example.org").build());
        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));
        fakes.requestPasswordReset().requestPasswordReset(
                new RequestCodeCommand(EmailAddress.of("nobody@example.org"), TestOrigins.OTHER_CLIENT));

        assertThatThrownBy(() -> confirm(ann.email(), "000000", NEW_PASSWORD)).isInstanceOf(InvalidCodeException.class);
        confirm(ann.email(), CODE, NEW_PASSWORD);

        assertThat(fakes.audit.events())
                .extracting(event -> event.type(), event -> event.subject().orElseThrow().email().value(), event -> event.detail())
                .containsExactly(
                        tuple(AuditEventType.CODE_REQUESTED, "ann@example.org", "password-reset"),
                        tuple(AuditEventType.CODE_REQUESTED, "nobody@example.org", "password-reset: unknown-account"),
                        tuple(AuditEventType.CODE_REJECTED, "ann@example.org", "password-reset: wrong-code"),
                        tuple(AuditEventType.PASSWORD_RESET, "ann@example.org", ""));
        assertThat(fakes.audit.only(AuditEventType.PASSWORD_RESET).actor()).contains(AuditedAccount.of(fakes.reloaded(ann)));
    }

    @Test
    void aDisabledAccountIsSentNoResetCodeAndItsCodeIsRejected() {
        User off = fakes.stored(aUser().withEmail("off@example.org").inactive().build());

        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(off.email(), TestOrigins.BROWSER));
        assertThatThrownBy(() -> confirm(off.email(), CODE, NEW_PASSWORD)).isInstanceOf(InvalidCodeException.class);

        assertThat(fakes.outbox.backlog()).isZero();
        assertThat(fakes.audit.events()).extracting(AuditEvent::type, AuditEvent::detail).containsExactly(
                tuple(AuditEventType.CODE_REQUESTED, "password-reset: disabled"),
                tuple(AuditEventType.CODE_REJECTED, "password-reset: disabled"));
    }

    @Test
    void aResetTellsTheOwnerThatThePasswordChangedAndFromWhichBrowser() {
        User ann = fakes.stored(aUser().withTimezone("America/New_York").build());
        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        confirm(ann.email(), CODE, NEW_PASSWORD);

        assertThat(fakes.mailTo(ann.email())).extracting(OutgoingMail::kind)
                .containsExactly(MailKind.PASSWORD_RESET_CODE, MailKind.PASSWORD_CHANGED);
        OutgoingMail notice = fakes.mailTo(ann.email()).get(1);
        assertThat(notice.facts().userAgent()).contains(TestOrigins.FIREFOX);
        assertThat(notice.facts().timezone()).contains(ZoneId.of("America/New_York"));
        assertThat(notice.facts().occurredAt()).isEqualTo(fakes.clock.instant());
    }

    @Test
    void aRefusedResetTellsNothing() {
        User ann = fakes.stored(aUser().build());
        fakes.requestPasswordReset().requestPasswordReset(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThatThrownBy(() -> confirm(ann.email(), "000000", NEW_PASSWORD)).isInstanceOf(InvalidCodeException.class);

        assertThat(fakes.mailTo(ann.email())).extracting(OutgoingMail::kind).containsExactly(MailKind.PASSWORD_RESET_CODE);
    }
}
