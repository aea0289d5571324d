package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.account.ChangePasswordCommand;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.PasswordHasher.PasswordCheck;
import dev.gatehouse.application.service.account.ChangePasswordService;
import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {

    private static final String OLD = "violet kettle under the ninth bridge";
    private static final String NEW = "a brand new long passphrase";

    private final SessionFakes fakes = new SessionFakes();
    private final ChangePasswordService service = new ChangePasswordService(fakes.users, fakes.sessions, fakes.hasher,
            new PasswordPolicy(12, CommonPasswords.of(List.of("password1234")), "Gatehouse"),
            new DirectTransactionRunner(), fakes.audit, fakes.outbox, fakes.clock);
    private final User ann = fakes.stored(aUser().withEmail("ann@example.org").withPassword(OLD));

    private void change(StoredSession asking, String current, String next) {
        service.changePassword(new ChangePasswordCommand(asking.asAuthenticated(), new ClearTextPassword(current),
                new ClearTextPassword(next), TestOrigins.BROWSER));
    }

    @Test
    void setsTheNewPasswordAndEndsEveryOtherSession() {
        StoredSession asking = fakes.storedSessionStartingNow(ann);
        fakes.storedSessionStartingNow(ann);

        change(asking, OLD, NEW);

        User changed = fakes.users.findById(ann.id()).orElseThrow();
        assertThat(fakes.hasher.verify(new ClearTextPassword(NEW), changed.passwordHash().orElseThrow()).matches()).isTrue();
        assertThat(fakes.hasher.verify(new ClearTextPassword(OLD), changed.passwordHash().orElseThrow()))
                .isEqualTo(PasswordCheck.MISMATCH);
        assertThat(fakes.sessions.findByUser(ann.id())).extracting(Session::id).containsExactly(asking.session().id());
        assertThat(fakes.audit.only(AuditEventType.PASSWORD_CHANGED).actor().orElseThrow().id()).contains(ann.id());
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        StoredSession asking = fakes.storedSessionStartingNow(ann);
        fakes.storedSessionStartingNow(ann);

        assertThatThrownBy(() -> change(asking, "not the current one at all", NEW))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.users.findById(ann.id()).orElseThrow().passwordHash()).isEqualTo(ann.passwordHash());
        assertThat(fakes.sessions.findByUser(ann.id())).hasSize(2);
        assertThat(fakes.audit.only(AuditEventType.SIGN_IN_FAILED).detail()).isEqualTo("password-change: wrong-password");
    }

    @Test
    void theNewPasswordMustPassThePolicy() {
        StoredSession asking = fakes.storedSessionStartingNow(ann);

        assertThatThrownBy(() -> change(asking, OLD, "password1234")).isInstanceOf(PasswordRejectedException.class);
        assertThatThrownBy(() -> change(asking, OLD, "short")).isInstanceOf(PasswordRejectedException.class);
    }

    @Test
    void tellsTheOwnerInTheirZoneFromWhichBrowserThePasswordWasChanged() {
        User inBerlin = fakes.stored(aUser().withEmail("bea@example.org").withPassword(OLD).withTimezone("Europe/Berlin"));

        change(fakes.storedSessionStartingNow(inBerlin), OLD, NEW);

        OutgoingMail notice = fakes.outbox.queued().get(0);
        assertThat(fakes.outbox.queued()).hasSize(1);
        assertThat(notice.kind()).isEqualTo(MailKind.PASSWORD_CHANGED);
        assertThat(notice.to()).isEqualTo(inBerlin.email());
        assertThat(notice.code()).isEmpty();
        assertThat(notice.facts().occurredAt()).isEqualTo(fakes.clock.instant());
        assertThat(notice.facts().userAgent()).contains(TestOrigins.FIREFOX);
        assertThat(notice.facts().timezone()).contains(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aRefusedChangeTellsNothing() {
        StoredSession asking = fakes.storedSessionStartingNow(ann);

        assertThatThrownBy(() -> change(asking, "not the current one at all", NEW))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> change(asking, OLD, "short")).isInstanceOf(PasswordRejectedException.class);

        assertThat(fakes.outbox.queued()).isEmpty();
    }
}
