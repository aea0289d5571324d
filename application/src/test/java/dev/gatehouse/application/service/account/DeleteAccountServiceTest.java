package dev.gatehouse.application.service.account;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.DEFAULT_PASSWORD;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.port.in.account.AccountProof;
import dev.gatehouse.application.port.in.account.DeleteAccountCommand;
import dev.gatehouse.application.port.in.account.WrongProofException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryCodeFailures;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeleteAccountServiceTest {

    private static final CodeRules RULES = new CodeRules(Duration.ofMinutes(10), Duration.ofSeconds(30), 100,
            Duration.ofHours(1));
    private static final AttemptPolicy POLICY = new AttemptPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100,
            Duration.ofHours(1));

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemoryIssuedCodes codes = new InMemoryIssuedCodes();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryAttemptCounters counters = new InMemoryAttemptCounters();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final DeleteAccountService service = new DeleteAccountService(users, sessions, new FastPasswordHasher(),
            new CodeChecker(users, codes, new InMemoryCodeFailures(), new FakeCodeHasher(), RULES, transactions, audit),
            new DeleteAccountService.DeletionCleanup(outbox, counters), transactions, audit, new SequentialIds(), clock);

    private final User ann = stored(aUser().withEmail("ann@example.org").build());
    private final User bob = stored(aUser().withEmail("bob@example.org").build());

    private User stored(User user) {
        users.add(user);
        return user;
    }

    private Session signedIn(User user) {
        Session session = aSession().of(user).build();
        sessions.add(session);
        return session;
    }

    private DeleteAccountCommand command(User user, AccountProof proof) {
        Authenticated current = new Authenticated(TestSessions.randomToken(), signedIn(user), user,
                clock.instant().plus(Duration.ofHours(1)));
        return new DeleteAccountCommand(current, proof, TestOrigins.BROWSER);
    }

    private static AccountProof password(String password) {
        return new AccountProof.Password(new ClearTextPassword(password));
    }

    private void mailTo(EmailAddress to) {
        outbox.enqueue(OutgoingMail.code(MailKind.SIGN_IN_CODE, to, new OneTimeCode("123456"), Duration.ofMinutes(10),
                        MailFacts.at(clock.instant())),
                clock.instant());
    }

    private void countedFor(EmailAddress email) {
        for (ThrottleScope scope : List.of(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, ThrottleScope.CODE_REQUESTS_PER_ACCOUNT)) {
            counters.recordAttempt(new ThrottleKey(scope, email.value()), POLICY, clock.instant());
        }
    }

    private static int count(InMemoryAttemptCounters counters, EmailAddress email, MutableClock clock) {
        return counters.current(new ThrottleKey(ThrottleScope.CODE_REQUESTS_PER_ACCOUNT, email.value()), clock.instant())
                .attempts();
    }

    @Test
    void removesTheAccountItsSessionsItsQueuedMailAndItsThrottleCountsAndNothingOfAnyoneElse() {
        signedIn(ann);
        Session bobs = signedIn(bob);
        mailTo(ann.email());
        mailTo(bob.email());
        countedFor(ann.email());
        countedFor(bob.email());

        service.delete(command(ann, password(DEFAULT_PASSWORD)));

        assertThat(users.findById(ann.id())).isEmpty();
        assertThat(users.findByEmail(ann.email())).isEmpty();
        assertThat(sessions.findByUser(ann.id())).isEmpty();
        assertThat(sessions.findByUser(bob.id())).containsExactly(bobs);
        assertThat(outbox.queued()).extracting(OutgoingMail::to, OutgoingMail::kind).containsExactly(
                tuple(bob.email(), MailKind.SIGN_IN_CODE), tuple(ann.email(), MailKind.ACCOUNT_DELETED));
        assertThat(count(counters, ann.email(), clock)).isZero();
        assertThat(count(counters, bob.email(), clock)).isOne();
    }

    @Test
    void theNoticeTellsWhenAndFromWhichBrowserInTheOwnersZone() {
        User inBerlin = stored(aUser().withTimezone("Europe/Berlin").build());

        service.delete(command(inBerlin, password(DEFAULT_PASSWORD)));

        OutgoingMail notice = outbox.queued().get(0);
        assertThat(notice.kind()).isEqualTo(MailKind.ACCOUNT_DELETED);
        assertThat(notice.to()).isEqualTo(inBerlin.email());
        assertThat(notice.code()).isEmpty();
        assertThat(notice.facts()).isEqualTo(MailFacts.at(clock.instant()).fromBrowser(TestOrigins.BROWSER.userAgent())
                .inZone(inBerlin.timezone()));
    }

    @Test
    void theAuditTrailKeepsWhatHappenedUnderAPseudonymAndNeverTheAddress() {
        audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.REGISTERED, AuditedAccount.of(ann), AuditNote.NONE,
                TestOrigins.BROWSER));
        audit.record(AuditEvent.anonymous(clock.instant(), AuditEventType.SIGN_IN_FAILED, AuditedAccount.unknown(ann.email()),
                AuditNote.NONE, TestOrigins.OTHER_CLIENT));
        audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.USER_DISABLED, AuditedAccount.of(ann),
                AuditedAccount.of(bob), AuditNote.NONE, TestOrigins.BROWSER));

        service.delete(command(ann, password(DEFAULT_PASSWORD)));

        assertThat(audit.events()).hasSize(4).noneMatch(event -> names(event, ann));
        AuditEvent deleted = audit.only(AuditEventType.ACCOUNT_DELETED);
        AuditedAccount pseudonym = deleted.subject().orElseThrow();
        assertThat(pseudonym.email().value()).startsWith("deleted-").endsWith("@deleted.invalid");
        assertThat(pseudonym.id()).isPresent().isNotEqualTo(Optional.of(ann.id()));
        assertThat(audit.eventsOf(AuditEventType.REGISTERED).get(0).subject()).contains(pseudonym);
        assertThat(audit.eventsOf(AuditEventType.SIGN_IN_FAILED).get(0).subject()).contains(pseudonym);
        AuditEvent disabled = audit.only(AuditEventType.USER_DISABLED);
        assertThat(disabled.actor()).contains(pseudonym);
        assertThat(disabled.subject()).as("bob's history stays bob's").contains(AuditedAccount.of(bob));
    }

    private static boolean names(AuditEvent event, User user) {
        return Stream.concat(event.actor().stream(), event.subject().stream())
                .anyMatch(account -> account.email().equals(user.email()) || account.id().equals(Optional.of(user.id())));
    }

    @Test
    void aWrongPasswordDeletesNothingAndIsRecordedAsAFailedAttempt() {
        mailTo(ann.email());

        assertThatThrownBy(() -> service.delete(command(ann, password("not the password at all"))))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(users.findById(ann.id())).isPresent();
        assertThat(sessions.findByUser(ann.id())).isNotEmpty();
        assertThat(outbox.queued()).hasSize(1);
        AuditEvent failed = audit.only(AuditEventType.SIGN_IN_FAILED);
        assertThat(failed.detail()).isEqualTo("account-deletion: wrong-password");
        assertThat(failed.subject()).contains(AuditedAccount.of(ann));
    }

    @Test
    void anAccountWithAPasswordConfirmsWithItAndOneWithoutWithACode() {
        User codeOnly = stored(aUser().withoutPassword().build());

        assertThatThrownBy(() -> service.delete(command(ann, new AccountProof.Code(new OneTimeCode("123456")))))
                .isInstanceOf(WrongProofException.class);
        assertThatThrownBy(() -> service.delete(command(codeOnly, password(DEFAULT_PASSWORD))))
                .isInstanceOf(WrongProofException.class);

        assertThat(users.findById(ann.id())).isPresent();
        assertThat(users.findById(codeOnly.id())).isPresent();
    }

    @Test
    void anAccountWithoutAPasswordIsDeletedWithALiveSignInCodeAndNotWithAWrongOne() {
        User codeOnly = stored(aUser().withoutPassword().build());
        OneTimeCode code = new OneTimeCode("481516");
        codes.add(IssuedCode.issue(codeOnly.id(), CodePurpose.SIGN_IN,
                new FakeCodeHasher().hash(codeOnly.id(), CodePurpose.SIGN_IN, code), clock.instant(), RULES), Duration.ZERO);

        assertThatThrownBy(() -> service.delete(command(codeOnly, new AccountProof.Code(new OneTimeCode("000000")))))
                .isInstanceOf(InvalidCodeException.class);
        assertThat(users.findById(codeOnly.id())).isPresent();

        service.delete(command(codeOnly, new AccountProof.Code(code)));

        assertThat(users.findById(codeOnly.id())).isEmpty();
    }

    @Test
    void theLastActiveAdministratorCannotDeleteTheirAccountButOneOfTwoCan() {
        User admin = stored(aUser().withRoles(Role.USER, Role.ADMIN).build());

        assertThatThrownBy(() -> service.delete(command(admin, password(DEFAULT_PASSWORD))))
                .isInstanceOf(LastAdminException.class);
        assertThat(users.findById(admin.id())).isPresent();
        assertThat(sessions.findByUser(admin.id())).isNotEmpty();
        assertThat(audit.eventsOf(AuditEventType.ACCOUNT_DELETED)).isEmpty();
        assertThat(outbox.queued()).isEmpty();

        stored(aUser().withRoles(Role.USER, Role.ADMIN).build());
        service.delete(command(admin, password(DEFAULT_PASSWORD)));

        assertThat(users.findById(admin.id())).isEmpty();
    }
}
