package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.ScriptedCodes;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapAdminServiceTest {

    private static final EmailAddress ROOT = EmailAddress.of("root@example.org");

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final InMemoryIssuedCodes codes = new InMemoryIssuedCodes();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final BootstrapAdminService service = new BootstrapAdminService(fixture.users,
            new CreateOrPromoteAdminService(fixture.users, fixture.sessions, fixture.ids, fixture.transactions,
                    fixture.audit, fixture.clock),
            new CodeIssuer(codes, new ScriptedCodes("123456", "234567"), new FakeCodeHasher(), outbox,
                    new CodeRules(Duration.ofMinutes(10), Duration.ofSeconds(30), 100, Duration.ofHours(1))),
            fixture.transactions, fixture.clock);

    @Test
    void withoutAnyAccountCreatesTheAdministratorAndMailsItASignInCode() {
        Optional<User> made = service.bootstrap(ROOT);

        User admin = fixture.users.findByEmail(ROOT).orElseThrow();
        assertThat(made).contains(admin);
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.passwordHash()).isEmpty();
        assertThat(codes.all(admin.id(), CodePurpose.SIGN_IN)).hasSize(1);
        assertThat(outbox.queued()).extracting(OutgoingMail::kind, OutgoingMail::to)
                .containsExactly(tuple(MailKind.SIGN_IN_CODE, ROOT));
    }

    @Test
    void promotesAnExistingAccountRemovingAPasswordSetWhileItsAddressWasUnproven() {
        User registered = User.registerWithPassword(SequentialIds.userId(90), ROOT,
                FastPasswordHasher.hashOf("a stranger may have chosen this"), fixture.clock.instant());
        fixture.users.add(registered);

        assertThat(service.bootstrap(ROOT)).isPresent();

        User admin = fixture.users.findById(registered.id()).orElseThrow();
        assertThat(admin.hasRole(Role.ADMIN)).isTrue();
        assertThat(admin.active()).isTrue();
        assertThat(admin.passwordHash()).isEmpty();
        assertThat(outbox.queued()).hasSize(1);
    }

    @Test
    void doesNothingWhileAnActiveAdministratorExists() {
        fixture.stored(aUser().withEmail("first@example.org").withRoles(Role.USER, Role.ADMIN));

        assertThat(service.bootstrap(ROOT)).isEmpty();

        assertThat(fixture.users.findByEmail(ROOT)).isEmpty();
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void aRestartChangesNothingAndMailsNoSecondCode() {
        service.bootstrap(ROOT);

        assertThat(service.bootstrap(ROOT)).isEmpty();

        assertThat(outbox.queued()).hasSize(1);
    }

    @Test
    void aDisabledAdministratorDoesNotCountSoTheAddressIsMadeOne() {
        fixture.stored(aUser().withEmail("gone@example.org").withRoles(Role.USER, Role.ADMIN).inactive());

        assertThat(service.bootstrap(ROOT)).isPresent();

        assertThat(fixture.users.countActiveAdmins()).isEqualTo(1);
    }
}
