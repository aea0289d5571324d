package dev.gatehouse.application.service.code;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestSignInCodeServiceTest {

    private final CodeFakes fakes = new CodeFakes("042137", "555555");

    @Test
    void mailsAKnownAddressASixDigitCodeValidTenMinutesAndStoresOnlyItsHash() {
        User ann = fakes.stored(aUser().withEmail("ann@example.org").build());

        fakes.requestSignInCode(true).requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThat(fakes.mailTo(ann.email())).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.SIGN_IN_CODE);
            assertThat(mail.code().orElseThrow().digits()).isEqualTo("042137");
            assertThat(mail.validFor()).isEqualTo(Duration.ofMinutes(10));
        });
        IssuedCode stored = fakes.codes.newest(ann.id(), CodePurpose.SIGN_IN).orElseThrow();
        assertThat(stored.hash().hex()).doesNotContain("042137");
        assertThat(stored.expiresAt()).isEqualTo(fakes.clock.instant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void anUnknownAddressGetsAPendingAccountWhenSelfSignupIsOn() {
        EmailAddress newcomer = EmailAddress.of("new@example.org");

        fakes.requestSignInCode(true).requestSignInCode(new RequestCodeCommand(newcomer, TestOrigins.BROWSER));

        User pending = fakes.users.findByEmail(newcomer).orElseThrow();
        assertThat(pending.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(fakes.mailTo(newcomer)).hasSize(1);
    }

    @Test
    void anUnknownAddressGetsNothingWhenSelfSignupIsOff() {
        EmailAddress stranger = EmailAddress.of("stranger@example.org");

        fakes.requestSignInCode(false).requestSignInCode(new RequestCodeCommand(stranger, TestOrigins.BROWSER));

        assertThat(fakes.users.findByEmail(stranger)).isEmpty();
        assertThat(fakes.outbox.backlog()).isZero();
    }

    @Test
    void aDisabledAccountIsSentNothing() {
        User disabled = fakes.stored(aUser().inactive().build());

        fakes.requestSignInCode(true).requestSignInCode(new RequestCodeCommand(disabled.email(), TestOrigins.BROWSER));

        assertThat(fakes.outbox.backlog()).isZero();
    }

    @Test
    void aRepeatedRequestWithinTheResendIntervalMailsNothingMore() {
        User ann = fakes.stored(aUser().build());
        var service = fakes.requestSignInCode(true);

        service.requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));
        fakes.clock.advance(Duration.ofSeconds(29));
        service.requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThat(fakes.mailTo(ann.email())).hasSize(1);
    }

    @Test
    void aNewerRequestReplacesThePreviousCode() {
        User ann = fakes.stored(aUser().build());
        var service = fakes.requestSignInCode(true);

        service.requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));
        fakes.clock.advance(Duration.ofSeconds(31));
        service.requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));

        assertThat(fakes.mailTo(ann.email())).extracting(OutgoingMail::code).extracting(c -> c.orElseThrow().digits())
                .containsExactly("042137", "555555");
        assertThat(fakes.codes.newest(ann.id(), CodePurpose.SIGN_IN).orElseThrow().issuedAt())
                .isEqualTo(fakes.clock.instant());
    }

    @Test
    void eachRequestIsAuditedWithWhatBecameOfIt() {
        CodeFakes twoCodes = new CodeFakes("111111", "222222");
        User ann = twoCodes.stored(aUser().withEmail("ann@example.org").build());
        twoCodes.stored(aUser().withEmail("off@example.org").inactive().build());
        RequestSignInCodeService service = twoCodes.requestSignInCode(false);

        service.requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));
        service.requestSignInCode(new RequestCodeCommand(ann.email(), TestOrigins.BROWSER));
        service.requestSignInCode(new RequestCodeCommand(EmailAddress.of("off@example.org"), TestOrigins.BROWSER));
        service.requestSignInCode(new RequestCodeCommand(EmailAddress.of("nobody@example.org"), TestOrigins.OTHER_CLIENT));

        assertThat(twoCodes.audit.eventsOf(AuditEventType.CODE_REQUESTED))
                .extracting(event -> event.subject().orElseThrow().email().value(), AuditEvent::detail, AuditEvent::origin)
                .containsExactly(
                        tuple("ann@example.org", "sign-in", TestOrigins.BROWSER),
                        tuple("ann@example.org", "sign-in: recently-sent", TestOrigins.BROWSER),
                        tuple("off@example.org", "sign-in: disabled", TestOrigins.BROWSER),
                        tuple("nobody@example.org", "sign-in: unknown-account", TestOrigins.OTHER_CLIENT));
    }
}
