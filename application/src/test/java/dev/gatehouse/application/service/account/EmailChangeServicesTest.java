package dev.gatehouse.application.service.account;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryCodeFailures;
import dev.gatehouse.application.testing.InMemoryEmailChanges;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.ScriptedCodes;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.SameEmailAddressException;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailChangeServicesTest {

    private static final CodeRules RULES =
            new CodeRules(Duration.ofMinutes(10), Duration.ofSeconds(30), 100, Duration.ofHours(1));
    private static final String FIRST_CODE = "314159";
    private static final String SECOND_CODE = "271828";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemoryIssuedCodes codes = new InMemoryIssuedCodes();
    private final InMemoryEmailChanges changes = new InMemoryEmailChanges();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final EmailChangeMails mails = new EmailChangeMails(outbox);
    private final RequestEmailChangeService request = new RequestEmailChangeService(users, changes, codes,
            new ScriptedCodes(FIRST_CODE, SECOND_CODE), new FakeCodeHasher(), new FastPasswordHasher(), mails, RULES,
            transactions, audit, clock);
    private final ConfirmEmailChangeService confirm = new ConfirmEmailChangeService(users, changes, sessions,
            new CodeChecker(users, codes, new InMemoryCodeFailures(), new FakeCodeHasher(), RULES, transactions, audit),
            mails, transactions, audit, clock);

    private User stored(User user) {
        users.add(user);
        return user;
    }

    /** {@code user} signed in by {@code method}, {@code ago} before now, with a session of its own. */
    private Authenticated signedIn(User user, SignInMethod method, Duration ago) {
        SessionToken token = TestSessions.randomToken();
        Session session = TestSessions.aSession().of(user).withToken(token).createdAt(clock.instant().minus(ago))
                .build().signedInBy(method);
        sessions.add(session);
        return new Authenticated(token, session, user, clock.instant().plus(Duration.ofHours(1)));
    }

    private Authenticated signedInByPassword(User user) {
        return signedIn(user, SignInMethod.PASSWORD, Duration.ofHours(1));
    }

    private void ask(Authenticated current, EmailAddress newEmail, Optional<String> password) {
        request.requestEmailChange(new RequestEmailChangeCommand(current, newEmail,
                password.map(ClearTextPassword::new), TestOrigins.BROWSER));
    }

    private void askWithPassword(Authenticated current, EmailAddress newEmail) {
        ask(current, newEmail, Optional.of(TestUsers.DEFAULT_PASSWORD));
    }

    private User enter(Authenticated current, String code) {
        return confirm.confirmEmailChange(new ConfirmEmailChangeCommand(current, new OneTimeCode(code), TestOrigins.BROWSER));
    }

    private List<OutgoingMail> mailTo(EmailAddress address) {
        return outbox.queued().stream().filter(mail -> mail.to().equals(address)).toList();
    }

    @Test
    void askingMailsACodeToTheNewAddressAndANoticeToTheCurrentOne() {
        User ann = stored(aUser().withTimezone("Europe/Berlin").build());
        EmailAddress moved = uniqueEmail("moved");

        askWithPassword(signedInByPassword(ann), moved);

        assertThat(mailTo(moved)).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.EMAIL_CHANGE_CODE);
            assertThat(mail.code()).contains(new OneTimeCode(FIRST_CODE));
            assertThat(mail.facts().timezone()).isEqualTo(ann.timezone());
        });
        assertThat(mailTo(ann.email())).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.EMAIL_CHANGE_REQUESTED);
            assertThat(mail.facts().userAgent()).contains(TestOrigins.FIREFOX);
        });
        assertThat(codes.newest(ann.id(), CodePurpose.EMAIL_CHANGE)).isPresent();
        assertThat(audit.only(AuditEventType.EMAIL_CHANGE_REQUESTED).meaning()).contains(AuditNote.NONE);
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedAndNothingIsSent() {
        User ann = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);

        assertThatThrownBy(() -> ask(current, uniqueEmail("moved"), Optional.of("not the password")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> ask(current, uniqueEmail("moved"), Optional.empty()))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(outbox.queued()).isEmpty();
        assertThat(changes.find(ann.id())).isEmpty();
        assertThat(audit.eventsOf(AuditEventType.SIGN_IN_FAILED)).hasSize(2);
        assertThat(audit.eventsOf(AuditEventType.EMAIL_CHANGE_REQUESTED)).isEmpty();
    }

    @Test
    void anAccountWithoutAPasswordAsksWithinTenMinutesOfACodeSignIn() {
        User ann = stored(aUser().withoutPassword().build());
        EmailAddress moved = uniqueEmail("moved");

        ask(signedIn(ann, SignInMethod.CODE, Duration.ofMinutes(10)), moved, Optional.empty());

        assertThat(mailTo(moved)).singleElement().satisfies(mail -> assertThat(mail.kind()).isEqualTo(MailKind.EMAIL_CHANGE_CODE));
    }

    @Test
    void anAccountWithoutAPasswordMustSignInByCodeAgainAfterTenMinutes() {
        User ann = stored(aUser().withoutPassword().build());
        Authenticated stale = signedIn(ann, SignInMethod.CODE, Duration.ofMinutes(10).plusSeconds(1));

        assertThatThrownBy(() -> ask(stale, uniqueEmail("moved"), Optional.empty()))
                .isInstanceOf(ReauthenticationRequiredException.class);
        assertThatThrownBy(() -> ask(stale, uniqueEmail("moved"), Optional.of("anything at all")))
                .isInstanceOf(ReauthenticationRequiredException.class);
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void aTakenAddressTellsItsOwnerAndIssuesNoCode() {
        User ann = stored(aUser().build());
        User bob = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);

        askWithPassword(current, bob.email());

        assertThat(mailTo(bob.email())).singleElement()
                .satisfies(mail -> assertThat(mail.kind()).isEqualTo(MailKind.EMAIL_CHANGE_BLOCKED));
        assertThat(mailTo(ann.email())).singleElement()
                .satisfies(mail -> assertThat(mail.kind()).isEqualTo(MailKind.EMAIL_CHANGE_REQUESTED));
        assertThat(codes.newest(ann.id(), CodePurpose.EMAIL_CHANGE)).isEmpty();
        assertThat(audit.only(AuditEventType.EMAIL_CHANGE_REQUESTED).meaning()).contains(AuditNote.NEW_ADDRESS_TAKEN);
        assertThatThrownBy(() -> enter(current, FIRST_CODE)).isInstanceOf(InvalidCodeException.class);
        assertThat(users.findById(ann.id()).orElseThrow().email()).isEqualTo(ann.email());
    }

    @Test
    void theAccountsOwnAddressIsRefusedBeforeAnythingHappens() {
        User ann = stored(aUser().build());

        assertThatThrownBy(() -> askWithPassword(signedInByPassword(ann), ann.email()))
                .isInstanceOf(SameEmailAddressException.class);
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void aRequestWithinTheResendIntervalOfTheLastChangesNothing() {
        User ann = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);
        EmailAddress first = uniqueEmail("first");
        askWithPassword(current, first);
        clock.advance(Duration.ofSeconds(29));

        askWithPassword(current, uniqueEmail("second"));

        assertThat(outbox.queued()).hasSize(2);
        assertThat(changes.find(ann.id()).orElseThrow().newEmail()).isEqualTo(first);
    }

    @Test
    void theCodeMovesTheAccountEndsItsOtherSessionsAndTellsTheOldAddress() {
        User ann = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);
        Authenticated elsewhere = signedInByPassword(ann);
        EmailAddress moved = EmailAddress.of("zed." + ann.id() + "@example.net");
        askWithPassword(current, moved);

        User changed = enter(current, FIRST_CODE);

        assertThat(changed.email()).isEqualTo(moved);
        assertThat(users.findByEmail(moved).orElseThrow().id()).isEqualTo(ann.id());
        assertThat(users.findByEmail(ann.email())).isEmpty();
        assertThat(sessions.findByUser(ann.id())).extracting(Session::id).containsExactly(current.session().id());
        assertThat(sessions.findByUser(ann.id())).extracting(Session::id).doesNotContain(elsewhere.session().id());
        assertThat(mailTo(ann.email())).extracting(OutgoingMail::kind)
                .containsExactly(MailKind.EMAIL_CHANGE_REQUESTED, MailKind.EMAIL_CHANGED);
        assertThat(mailTo(ann.email()).get(1).facts().otherAddress()).contains("z***@example.net");
        assertThat(changes.find(ann.id())).isEmpty();
        assertThat(audit.only(AuditEventType.EMAIL_CHANGED).subject().orElseThrow().email()).isEqualTo(moved);
    }

    @Test
    void aWrongCodeChangesNothingAndTheRightOneWorksOnce() {
        User ann = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);
        askWithPassword(current, uniqueEmail("moved"));

        assertThatThrownBy(() -> enter(current, "000000")).isInstanceOf(InvalidCodeException.class);
        assertThat(users.findById(ann.id()).orElseThrow().email()).isEqualTo(ann.email());

        enter(current, FIRST_CODE);
        assertThatThrownBy(() -> enter(current, FIRST_CODE)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void aNewerRequestKillsTheCodeOfTheOlderOne() {
        User ann = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);
        askWithPassword(current, uniqueEmail("first"));
        clock.advance(RULES.resendInterval());
        EmailAddress second = uniqueEmail("second");
        askWithPassword(current, second);

        assertThatThrownBy(() -> enter(current, FIRST_CODE)).isInstanceOf(InvalidCodeException.class);
        assertThat(enter(current, SECOND_CODE).email()).isEqualTo(second);
    }

    @Test
    void anAddressTakenMeanwhileIsRefusedAndNothingChanges() {
        User ann = stored(aUser().build());
        Authenticated current = signedInByPassword(ann);
        Authenticated elsewhere = signedInByPassword(ann);
        EmailAddress moved = uniqueEmail("moved");
        askWithPassword(current, moved);
        stored(aUser().withEmail(moved).build());

        assertThatThrownBy(() -> enter(current, FIRST_CODE)).isInstanceOf(EmailAlreadyRegisteredException.class);

        assertThat(users.findById(ann.id()).orElseThrow().email()).isEqualTo(ann.email());
        assertThat(sessions.findByUser(ann.id())).extracting(Session::id)
                .contains(current.session().id(), elsewhere.session().id());
        assertThat(mailTo(ann.email())).extracting(OutgoingMail::kind).containsExactly(MailKind.EMAIL_CHANGE_REQUESTED);
        assertThat(audit.eventsOf(AuditEventType.EMAIL_CHANGED)).isEmpty();
    }
}
