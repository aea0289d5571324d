package dev.gatehouse.application.service.account;

import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.service.code.AddressProofMail;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.ScriptedCodes;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.password.PasswordViolation.Kind;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
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
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final CodeRules rules = new CodeRules(Duration.ofMinutes(10), Duration.ofSeconds(30), 100, Duration.ofHours(1));
    private final AddressProofMail mail = new AddressProofMail(
            new CodeIssuer(new InMemoryIssuedCodes(), new ScriptedCodes("123456", "234567", "345678"),
                    new FakeCodeHasher(), outbox, rules), outbox);
    /** Unproven addresses may sign in: the account is open at once, a taken address refused. */
    private final RegisterUserService service = service(false);
    /** The default: registration waits for the address to be proven, and reveals nothing. */
    private final RegisterUserService awaitingProof = service(true);

    private RegisterUserService service(boolean addressProofRequired) {
        return new RegisterUserService(users, hasher, POLICY, new SequentialIds(), new SeededTokens(), mail,
                new DirectTransactionRunner(), audit, clock, addressProofRequired);
    }

    private User created(RegisterUserCommand command) {
        return ((Registration.Created) service.register(command)).user();
    }

    private RegistrationToken token(RegisterUserCommand command) {
        return ((Registration.AwaitingProof) awaitingProof.register(command)).token();
    }

    private List<OutgoingMail> mailTo(String address) {
        return outbox.queued().stream().filter(queued -> queued.to().equals(EmailAddress.of(address))).toList();
    }

    private static RegisterUserCommand command(String email, String password) {
        return new RegisterUserCommand(EmailAddress.of(email), new ClearTextPassword(password), TestOrigins.BROWSER);
    }

    @Test
    void registersActiveUserWithTheUserRoleAndHashedPasswordThatStaysUnproven() {
        User registered = created(command(" Ann.Lee@Example.ORG ", GOOD_PASSWORD));

        assertThat(registered.id()).isEqualTo(SequentialIds.userId(1));
        assertThat(registered.email().value()).isEqualTo("ann.lee@example.org");
        assertThat(registered.roles()).containsExactly(Role.USER);
        assertThat(registered.active()).isTrue();
        assertThat(registered.createdAt()).isEqualTo(clock.instant());
        assertThat(registered.lastLoginAt()).isEmpty();
        assertThat(registered.passwordHash()).contains(FastPasswordHasher.hashOf(GOOD_PASSWORD));
        assertThat(hasher.hashCalls()).isEqualTo(1);
        assertThat(registered.emailVerified()).isFalse();
        assertThat(registered.passwordUnproven()).isTrue();
    }

    @Test
    void storesTheUserUnderItsNormalisedAddress() {
        User registered = created(command("ANN@example.org", GOOD_PASSWORD));

        assertSameState(users.findByEmail(EmailAddress.of("ann@example.org")).orElseThrow(), registered);
    }

    @Test
    void givesEachRegistrationItsOwnId() {
        User ann = created(command("ann@example.org", GOOD_PASSWORD));
        User bob = created(command("bob@example.org", GOOD_PASSWORD));

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
        User registered = created(command("ann@example.org", GOOD_PASSWORD));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(AuditEventType.REGISTERED);
            assertThat(event.subject().orElseThrow().id()).contains(registered.id());
            assertThat(event.detail()).isEqualTo("password");
            assertThat(event.origin()).isEqualTo(TestOrigins.BROWSER);
        });
    }

    @Test
    void awaitingProofANewAddressGetsAPendingAccountHoldingTheUnprovenPasswordBoundToTheToken() {
        RegistrationToken token = token(command(" Ann@Example.org", GOOD_PASSWORD));

        User pending = users.findByEmail(EmailAddress.of("ann@example.org")).orElseThrow();
        assertThat(pending.pending()).isTrue();
        assertThat(pending.emailVerified()).isFalse();
        assertThat(pending.passwordUnproven()).isTrue();
        assertThat(pending.passwordHash()).contains(FastPasswordHasher.hashOf(GOOD_PASSWORD));
        assertThat(pending.registration()).contains(token.hash());
        assertThat(mailTo("ann@example.org")).singleElement()
                .satisfies(queued -> assertThat(queued.kind()).isEqualTo(MailKind.ADDRESS_CONFIRMATION_CODE));
        assertThat(audit.events()).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo(AuditEventType.REGISTERED));
    }

    @Test
    void awaitingProofATakenAddressCostsTheSameHashLeavesTheAccountAloneAndTellsItsOwner() {
        User owner = aUser().withEmail("ann@example.org").withPassword("the first owner's password").build();
        users.add(owner);

        RegistrationToken token = token(command("ann@example.org", GOOD_PASSWORD));

        assertThat(token).isNotNull();
        assertThat(hasher.hashCalls()).isEqualTo(1);
        assertSameState(users.findById(owner.id()).orElseThrow(), owner);
        assertThat(users.size()).isEqualTo(1);
        assertThat(mailTo("ann@example.org")).singleElement()
                .satisfies(queued -> assertThat(queued.kind()).isEqualTo(MailKind.REGISTRATION_ATTEMPT));
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(AuditEventType.REGISTRATION_OF_TAKEN_ADDRESS);
            assertThat(event.subject().orElseThrow().id()).contains(owner.id());
        });
    }

    @Test
    void awaitingProofTheOwnerOfATakenAddressHearsOfABurstOnce() {
        users.add(aUser().withEmail("ann@example.org").build());

        for (int attempt = 0; attempt < 5; attempt++) {
            token(command("ann@example.org", GOOD_PASSWORD));
        }
        assertThat(mailTo("ann@example.org")).hasSize(1);

        clock.advance(RegisterUserService.OWNER_NOTICE_INTERVAL);
        token(command("ann@example.org", GOOD_PASSWORD));
        assertThat(mailTo("ann@example.org")).hasSize(2);
    }

    @Test
    void awaitingProofAPendingAccountAskedForByACodeRequestTakesTheRegistrationsPassword() {
        User asked = User.pendingSignup(SequentialIds.userId(99), EmailAddress.of("ann@example.org"), clock.instant());
        users.add(asked);

        RegistrationToken token = token(command("ann@example.org", GOOD_PASSWORD));

        User registered = users.findById(asked.id()).orElseThrow();
        assertThat(registered.pending()).isTrue();
        assertThat(registered.passwordUnproven()).isTrue();
        assertThat(registered.registration()).contains(token.hash());
        assertThat(mailTo("ann@example.org")).singleElement()
                .satisfies(queued -> assertThat(queued.kind()).isEqualTo(MailKind.ADDRESS_CONFIRMATION_CODE));
    }

    @Test
    void awaitingProofTheNewestRegistrationOfAStillPendingAddressReplacesTheBinding() {
        RegistrationToken first = token(command("ann@example.org", GOOD_PASSWORD));
        RegistrationToken second = token(command("ann@example.org", "a different but good passphrase"));

        User pending = users.findByEmail(EmailAddress.of("ann@example.org")).orElseThrow();
        assertThat(pending.registration()).contains(second.hash());
        assertThat(pending.registration()).isNotEqualTo(java.util.Optional.of(first.hash()));
        assertThat(pending.passwordHash()).contains(FastPasswordHasher.hashOf("a different but good passphrase"));
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void awaitingProofAPolicyViolationIsRefusedBeforeAnyHashOrMail() {
        assertThatThrownBy(() -> awaitingProof.register(command("ann@example.org", "short pass")))
                .isInstanceOf(PasswordRejectedException.class);

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.size()).isZero();
        assertThat(outbox.queued()).isEmpty();
    }
}
