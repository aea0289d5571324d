package dev.gatehouse.application.service.account;

import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.password.PasswordViolation.Kind;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterUserServiceTest {

    private static final String GOOD_PASSWORD = "violet kettle under the ninth bridge";
    private static final PasswordPolicy POLICY = new PasswordPolicy(
            12, CommonPasswords.of(List.of("password1234", "qwertyuiopasdfghjkl")), "Gatehouse");

    private final InMemoryUsers users = new InMemoryUsers();
    private final FastPasswordHasher hasher = new FastPasswordHasher();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final RegisterUserService service =
            new RegisterUserService(users, hasher, POLICY, new SequentialIds(), audit, clock);

    private static RegisterUserCommand command(String email, String password) {
        return new RegisterUserCommand(EmailAddress.of(email), new ClearTextPassword(password), TestOrigins.BROWSER);
    }

    @Test
    void registersActiveUserWithTheUserRoleAndHashedPassword() {
        User registered = service.register(command(" Ann.Lee@Example.ORG ", GOOD_PASSWORD));

        assertThat(registered.id()).isEqualTo(SequentialIds.userId(1));
        assertThat(registered.email().value()).isEqualTo("ann.lee@example.org");
        assertThat(registered.roles()).containsExactly(Role.USER);
        assertThat(registered.active()).isTrue();
        assertThat(registered.createdAt()).isEqualTo(clock.instant());
        assertThat(registered.lastLoginAt()).isEmpty();
        assertThat(registered.passwordHash()).contains(FastPasswordHasher.hashOf(GOOD_PASSWORD));
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void storesTheUserUnderItsNormalisedAddress() {
        User registered = service.register(command("ANN@example.org", GOOD_PASSWORD));

        assertSameState(users.findByEmail(EmailAddress.of("ann@example.org")).orElseThrow(), registered);
    }

    @Test
    void givesEachRegistrationItsOwnId() {
        User ann = service.register(command("ann@example.org", GOOD_PASSWORD));
        User bob = service.register(command("bob@example.org", GOOD_PASSWORD));

        assertThat(bob.id()).isNotEqualTo(ann.id());
        assertThat(users.size()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
            "short pass,             TOO_SHORT",
            "PASSWORD1234,           COMMON",
            "my gatehouse password,  CONTEXT_SPECIFIC",
            "annabel's secret word,  CONTEXT_SPECIFIC",
    })
    void refusesPasswordBreakingThePolicyWithoutHashingOrStoring(String password, Kind reason) {
        assertThatThrownBy(() -> service.register(command("annabel@example.org", password)))
                .isInstanceOfSatisfying(PasswordRejectedException.class, rejected ->
                        assertThat(rejected.violations()).extracting(PasswordViolation::kind).containsExactly(reason));

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.size()).isZero();
    }

    @Test
    void refusesTakenAddressWithoutHashingAndLeavesTheAccountAlone() {
        User existing = aUser().withEmail("ann@example.org").withPassword("the first owner's password").build();
        users.add(existing);

        assertThatThrownBy(() -> service.register(command("  Ann@Example.org", GOOD_PASSWORD)))
                .isInstanceOf(EmailAlreadyRegisteredException.class);

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.size()).isEqualTo(1);
        assertSameState(users.findById(existing.id()).orElseThrow(), existing);
    }

    @Test
    void aRegistrationIsAuditedWithItsOrigin() {
        User registered = service.register(command("ann@example.org", GOOD_PASSWORD));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(AuditEventType.REGISTERED);
            assertThat(event.subject().orElseThrow().id()).contains(registered.id());
            assertThat(event.detail()).isEqualTo("password");
            assertThat(event.origin()).isEqualTo(TestOrigins.BROWSER);
        });
    }
}
