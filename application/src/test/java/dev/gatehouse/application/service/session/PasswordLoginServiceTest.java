package dev.gatehouse.application.service.session;

import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.domain.user.RegistrationTokenHash;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import static dev.gatehouse.application.service.session.SessionFakes.LIFETIME;
import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordLoginServiceTest {

    private static final String PASSWORD = "violet kettle under the ninth bridge";
    private static final String FIREFOX = TestOrigins.FIREFOX;

    private final SessionFakes fakes = new SessionFakes();
    private final PasswordLoginService service =
            new PasswordLoginService(fakes.users, fakes.hasher, fakes.sessionStarter(), fakes.audit, fakes.clock,
                    true);
    private final PasswordLoginService unprovenMaySignIn =
            new PasswordLoginService(fakes.users, fakes.hasher, fakes.sessionStarter(), fakes.audit, fakes.clock,
                    false);
    /** The constructor hashes a dummy password; the calls a test cares about come after. */
    private final int hashCallsAtConstruction = fakes.hasher.hashCalls();
    private User ann;

    @BeforeEach
    void storeAnn() {
        ann = fakes.stored(aUser().withEmail("ann@example.org").withPassword(PASSWORD));
    }

    private SignedIn logIn(String email, String password) {
        return service.logIn(new PasswordLoginCommand(EmailAddress.of(email), new ClearTextPassword(password), false, TestOrigins.BROWSER));
    }

    private SignedIn logInRemembered(String email, String password) {
        return service.logIn(new PasswordLoginCommand(EmailAddress.of(email), new ClearTextPassword(password), true, TestOrigins.BROWSER));
    }

    private int hashCallsSinceConstruction() {
        return fakes.hasher.hashCalls() - hashCallsAtConstruction;
    }

    @Test
    void startsSessionWithNewIdAndTheNextToken() {
        SignedIn signedIn = logIn("  ANN@example.org", PASSWORD);

        assertThat(signedIn.session().id()).isEqualTo(SequentialIds.sessionId(1));
        assertThat(signedIn.token()).isEqualTo(new SeededTokens().newSessionToken());
        assertThat(signedIn.session().userId()).isEqualTo(ann.id());
        assertThat(signedIn.session().userAgent()).contains(FIREFOX);
        assertThat(signedIn.user().id()).isEqualTo(ann.id());
    }

    @Test
    void storesTheSessionUnderTheHashOfTheTokenOnly() {
        SignedIn signedIn = logIn("ann@example.org", PASSWORD);

        assertThat(signedIn.session().tokenHash()).isEqualTo(signedIn.token().hash());
        Session stored = fakes.sessions.findWithUserByTokenHash(signedIn.token().hash()).orElseThrow().session();
        assertSameState(stored, signedIn.session());
    }

    @Test
    void recordsTheTimeOfSignIn() {
        Instant now = fakes.clock.instant();

        SignedIn signedIn = logIn("ann@example.org", PASSWORD);

        assertThat(signedIn.user().lastLoginAt()).contains(now);
        assertThat(fakes.users.findById(ann.id()).orElseThrow().lastLoginAt()).contains(now);
    }

    @Test
    void plainSessionEndsAfterTheIdleTimeout() {
        SignedIn signedIn = logIn("ann@example.org", PASSWORD);

        assertThat(signedIn.session().rememberMe()).isFalse();
        assertThat(signedIn.expiresAt()).isEqualTo(fakes.clock.instant().plus(LIFETIME.idleTimeout()));
    }

    @Test
    void rememberedSessionEndsAfterThirtyDays() {
        SignedIn signedIn = logInRemembered("ann@example.org", PASSWORD);

        assertThat(signedIn.session().rememberMe()).isTrue();
        assertThat(signedIn.expiresAt()).isEqualTo(fakes.clock.instant().plus(Duration.ofDays(30)));
        assertThat(signedIn.session().absoluteExpiresAt()).isEqualTo(signedIn.expiresAt());
    }

    @Test
    void signingInAgainEndsTheSessionTheClientHeldAndRecordsWhy() {
        SignedIn first = logIn("ann@example.org", PASSWORD);

        SignedIn second = service.logIn(new PasswordLoginCommand(EmailAddress.of("ann@example.org"),
                new ClearTextPassword(PASSWORD), false, TestOrigins.BROWSER, new HeldTokens(Optional.of(first.token()), Optional.empty())));

        assertThat(fakes.sessions.findById(first.session().id())).isEmpty();
        assertThat(fakes.sessions.findById(second.session().id())).isPresent();
        AuditEvent ended = fakes.audit.only(AuditEventType.SIGNED_OUT);
        assertThat(ended.detail()).isEqualTo("replaced by a new sign-in");
        assertThat(ended.subject().orElseThrow().id()).contains(ann.id());
    }

    @Test
    void everySignInHandsTheBrowserADeviceTokenForItsAddress() {
        SignedIn signedIn = logIn("ann@example.org", PASSWORD);

        assertThat(fakes.devices.recognises(signedIn.device().token(), ann.email(), fakes.clock.instant())).isTrue();
        assertThat(signedIn.device().expiresAt()).isAfter(fakes.clock.instant());
    }

    @Test
    void aHeldTokenOfNoSessionChangesNothingButTheNewSignIn() {
        SignedIn other = logIn("ann@example.org", PASSWORD);

        service.logIn(new PasswordLoginCommand(EmailAddress.of("ann@example.org"), new ClearTextPassword(PASSWORD), false,
                TestOrigins.BROWSER, new HeldTokens(Optional.of(TestSessions.randomToken()), Optional.empty())));

        assertThat(fakes.sessions.findById(other.session().id())).isPresent();
        assertThat(fakes.audit.eventsOf(AuditEventType.SIGNED_OUT)).isEmpty();
    }

    @Test
    void twoSignInsGiveTwoDistinctSessions() {
        SignedIn first = logIn("ann@example.org", PASSWORD);
        SignedIn second = logIn("ann@example.org", PASSWORD);

        assertThat(second.session().id()).isNotEqualTo(first.session().id());
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(fakes.sessions.findByUser(ann.id())).extracting(Session::id)
                .containsExactlyInAnyOrder(first.session().id(), second.session().id());
    }

    @Test
    void currentHashIsNotRehashed() {
        logIn("ann@example.org", PASSWORD);

        assertThat(hashCallsSinceConstruction()).isZero();
        assertThat(fakes.users.findById(ann.id()).orElseThrow().passwordHash()).isEqualTo(ann.passwordHash());
    }

    @Test
    void legacyHashIsReplacedOnSuccessfulSignIn() {
        User bob = fakes.stored(aUser().withEmail("bob@example.org").withLegacyPassword(PASSWORD));

        SignedIn signedIn = logIn("bob@example.org", PASSWORD);

        assertThat(hashCallsSinceConstruction()).isEqualTo(1);
        User stored = fakes.users.findById(bob.id()).orElseThrow();
        assertThat(stored.passwordHash()).contains(FastPasswordHasher.hashOf(PASSWORD));
        assertThat(stored.lastLoginAt()).contains(fakes.clock.instant());
        assertThat(signedIn.user().passwordHash()).isEqualTo(stored.passwordHash());
    }

    @Test
    void legacyHashIsKeptWhenThePasswordIsWrong() {
        User bob = fakes.stored(aUser().withEmail("bob@example.org").withLegacyPassword(PASSWORD));

        assertThatThrownBy(() -> logIn("bob@example.org", "not bob's password at all"))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(hashCallsSinceConstruction()).isZero();
        assertThat(fakes.users.findById(bob.id()).orElseThrow().passwordHash())
                .contains(FastPasswordHasher.legacyHashOf(PASSWORD));
    }

    @Test
    void unknownAddressIsRefusedAfterOneVerificationAgainstTheDummyHash() {
        assertThatThrownBy(() -> logIn("nobody@example.org", PASSWORD)).isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.hasher.verifiedHashes()).containsExactly(fakes.hasher.issuedHashes().get(0));
        assertThat(hashCallsSinceConstruction()).isZero();
        assertThat(fakes.sessions.size()).isZero();
    }

    @Test
    void wrongPasswordIsRefusedAfterOneVerificationAgainstTheStoredHash() {
        assertThatThrownBy(() -> logIn("ann@example.org", "violet kettle under the tenth bridge"))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.hasher.verifiedHashes()).containsExactly(ann.passwordHash().orElseThrow());
        assertThat(fakes.sessions.size()).isZero();
        assertThat(fakes.users.findById(ann.id()).orElseThrow().lastLoginAt()).isEmpty();
    }

    @Test
    void deactivatedUserIsRefusedEvenWithTheRightPassword() {
        User carl = fakes.stored(aUser().withEmail("carl@example.org").withPassword(PASSWORD).inactive());

        assertThatThrownBy(() -> logIn("carl@example.org", PASSWORD)).isInstanceOf(AccountDisabledException.class);

        assertThat(fakes.hasher.verifyCalls()).isEqualTo(1);
        assertThat(fakes.sessions.findByUser(carl.id())).isEmpty();
        assertThat(fakes.users.findById(carl.id()).orElseThrow().lastLoginAt()).isEmpty();
    }

    @Test
    void userWithoutPasswordIsRefusedAfterOneVerificationAgainstTheDummyHash() {
        User dora = fakes.stored(aUser().withEmail("dora@example.org").withoutPassword());

        assertThatThrownBy(() -> logIn("dora@example.org", PASSWORD)).isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.hasher.verifiedHashes()).containsExactly(fakes.hasher.issuedHashes().get(0));
        assertThat(fakes.sessions.findByUser(dora.id())).isEmpty();
    }

    @Test
    void theDummyPasswordOpensNoAccount() {
        String dummy = "no account has this password; it only spends time";
        fakes.stored(aUser().withEmail("dora@example.org").withoutPassword());

        assertThatThrownBy(() -> logIn("dora@example.org", dummy)).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> logIn("nobody@example.org", dummy)).isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.sessions.size()).isZero();
    }

    @Test
    void overlongPasswordIsRefusedWithoutAnyHashing() {
        String overlong = "🐈".repeat(1025);

        assertThatThrownBy(() -> logIn("ann@example.org", overlong))
                .isInstanceOfSatisfying(PasswordRejectedException.class, rejected ->
                        assertThat(rejected.violations()).extracting(PasswordViolation::kind)
                                .containsExactly(PasswordViolation.Kind.TOO_LONG));

        assertThat(fakes.hasher.verifyCalls()).isZero();
        assertThat(hashCallsSinceConstruction()).isZero();
    }

    @Test
    void longestAcceptedPasswordIsVerified() {
        assertThatThrownBy(() -> logIn("ann@example.org", "🐈".repeat(1024)))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.hasher.verifyCalls()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInIsAuditedWithMethodAndOrigin() {
        logIn("ann@example.org", PASSWORD);

        AuditEvent event = fakes.audit.only(AuditEventType.SIGN_IN_SUCCEEDED);
        assertThat(event.actor()).contains(AuditedAccount.of(ann));
        assertThat(event.subject().orElseThrow().id()).contains(ann.id());
        assertThat(event.detail()).isEqualTo("password");
        assertThat(event.origin()).isEqualTo(TestOrigins.BROWSER);
        assertThat(event.at()).isEqualTo(fakes.clock.instant());
    }

    @Test
    void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() {
        User carl = fakes.stored(aUser().withEmail("carl@example.org").withPassword(PASSWORD).inactive());

        assertThatThrownBy(() -> unprovenMaySignIn.logIn(new PasswordLoginCommand(EmailAddress.of("carl@example.org"),
                new ClearTextPassword("not carl's password at all"), false, TestOrigins.BROWSER)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> unprovenMaySignIn.logIn(new PasswordLoginCommand(EmailAddress.of("carl@example.org"),
                new ClearTextPassword(PASSWORD), false, TestOrigins.BROWSER)))
                .isInstanceOf(AccountDisabledException.class);
        assertThat(fakes.sessions.findByUser(carl.id())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "nobody@example.org, violet kettle under the ninth bridge, password: unknown-account",
            "ann@example.org,    violet kettle under the tenth bridge, password: wrong-password",
            "dora@example.org,   violet kettle under the ninth bridge, password: no-password",
            "carl@example.org,   violet kettle under the ninth bridge, password: disabled",
            "pat@example.org,    violet kettle under the ninth bridge, password: pending"
    })
    void eachRefusalIsAuditedAnonymouslyWithItsReasonButNeverThePassword(String email, String password, String reason) {
        fakes.stored(aUser().withEmail("dora@example.org").withoutPassword());
        fakes.stored(aUser().withEmail("carl@example.org").withPassword(PASSWORD).inactive());
        fakes.stored(aUser().withEmail("pat@example.org").withPassword(PASSWORD).pending());

        // Where unproven addresses may sign in, a pending account is refused as pending, with one answer for all
        // but the disabled account with its right password, which alone is told why.
        assertThatThrownBy(() -> unprovenMaySignIn.logIn(new PasswordLoginCommand(EmailAddress.of(email),
                new ClearTextPassword(password), false, TestOrigins.BROWSER)))
                .isInstanceOf(reason.endsWith("disabled") ? AccountDisabledException.class : InvalidCredentialsException.class);

        AuditEvent event = fakes.audit.only(AuditEventType.SIGN_IN_FAILED);
        assertThat(event.actor()).isEmpty();
        assertThat(event.subject().orElseThrow().email().value()).isEqualTo(email);
        assertThat(event.subject().orElseThrow().id().isPresent()).isEqualTo(!email.startsWith("nobody"));
        assertThat(event.detail()).isEqualTo(reason).doesNotContain(password);
        assertThat(fakes.audit.eventsOf(AuditEventType.SIGN_IN_SUCCEEDED)).isEmpty();
    }

    private static User unproven(String email, boolean pending) {
        User registered = pending
                ? User.registerUnproven(SequentialIds.userId(77), EmailAddress.of(email),
                        FastPasswordHasher.hashOf(PASSWORD), new RegistrationTokenHash("a".repeat(64)),
                        MutableClock.DEFAULT_START)
                : User.registerWithPassword(SequentialIds.userId(78), EmailAddress.of(email),
                        FastPasswordHasher.hashOf(PASSWORD), MutableClock.DEFAULT_START);
        return registered;
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aRightPasswordForAnUnprovenAddressIsRefusedAsUnverifiedAndAudited(boolean pending) {
        fakes.users.add(unproven("pat@example.org", pending));

        assertThatThrownBy(() -> logIn("pat@example.org", PASSWORD)).isInstanceOf(EmailUnverifiedException.class);

        assertThat(fakes.audit.only(AuditEventType.SIGN_IN_FAILED).detail()).isEqualTo("password: email-unverified");
        assertThat(fakes.audit.eventsOf(AuditEventType.SIGN_IN_SUCCEEDED)).isEmpty();
    }

    @Test
    void aWrongPasswordForAnUnprovenAddressIsTheUsualRefusal() {
        fakes.users.add(unproven("pat@example.org", true));

        assertThatThrownBy(() -> logIn("pat@example.org", PASSWORD + "!")).isInstanceOf(InvalidCredentialsException.class)
                .isNotInstanceOf(EmailUnverifiedException.class);

        assertThat(fakes.audit.only(AuditEventType.SIGN_IN_FAILED).detail()).isEqualTo("password: wrong-password");
    }

    @Test
    void whereUnprovenAddressesMaySignInAnActiveUnprovenAccountSignsIn() {
        fakes.users.add(unproven("pat@example.org", false));

        SignedIn signedIn = unprovenMaySignIn.logIn(new PasswordLoginCommand(EmailAddress.of("pat@example.org"),
                new ClearTextPassword(PASSWORD), false, TestOrigins.BROWSER));

        assertThat(signedIn.user().emailVerified()).isFalse();
    }
}
