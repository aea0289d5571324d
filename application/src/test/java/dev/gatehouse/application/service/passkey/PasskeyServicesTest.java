package dev.gatehouse.application.service.passkey;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.passkey.InvalidPasskeyException;
import dev.gatehouse.application.port.in.passkey.PasskeyCreationOptions;
import dev.gatehouse.application.port.in.passkey.PasskeyNotFoundException;
import dev.gatehouse.application.port.in.passkey.PasskeySignInCommand;
import dev.gatehouse.application.port.in.passkey.PasskeySummary;
import dev.gatehouse.application.port.in.passkey.RegisterPasskeyCommand;
import dev.gatehouse.application.port.in.passkey.RemovePasskeyCommand;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.application.service.notice.SignInNotices;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.InMemoryPasskeyChallenges;
import dev.gatehouse.application.testing.InMemoryPasskeys;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The passkey services over in-memory ports and a scripted ceremony: the "JSON" a test sends names
 * the credential, challenge, user handle and counter outright, and whether it verifies; what the
 * services decide from that (challenges once and in time, the counter, the account) is tested here,
 * the cryptography in the adapter's own test.
 */
class PasskeyServicesTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final PasskeySettings SETTINGS = new PasskeySettings("example.org", "Gatehouse", LIFETIME);

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryPasskeys passkeys = new InMemoryPasskeys();
    private final InMemoryPasskeyChallenges challenges = new InMemoryPasskeyChallenges();
    private final ScriptedCeremonies ceremonies = new ScriptedCeremonies();
    private final InMemoryDeviceTokens devices = new InMemoryDeviceTokens();
    private final SessionStarter starter = new SessionStarter(users, sessions, new SeededTokens(), new SequentialIds(),
            new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofDays(30)),
            new DirectTransactionRunner(), audit, devices, new SignInNotices(devices, new InMemoryMailOutbox(), false));

    private final SeededTokens tokens = new SeededTokens();
    private final StartPasskeyRegistrationService startRegistration =
            new StartPasskeyRegistrationService(passkeys, challenges, ceremonies, SETTINGS, clock);
    private final RegisterPasskeyService register = new RegisterPasskeyService(passkeys, challenges, ceremonies, audit, clock);
    private final RemovePasskeyService remove = new RemovePasskeyService(passkeys, audit, clock);
    private final StartPasskeySignInService startSignIn = new StartPasskeySignInService(challenges, ceremonies, SETTINGS, clock);
    private final PasskeySignInService signIn =
            new PasskeySignInService(users, passkeys, challenges, ceremonies, starter, audit, clock);

    /** The scripted answer: {@code credential|challenge|userHandle|counter|verifies}, each part base64url or a number. */
    private static String answer(CredentialId credential, PasskeyChallenge challenge, byte[] handle, long counter,
                                 boolean verifies) {
        return String.join("|", credential.base64Url(), challenge.base64Url(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(handle), String.valueOf(counter),
                String.valueOf(verifies));
    }

    private static final class ScriptedCeremonies implements PasskeyCeremonies {

        private final AtomicInteger issued = new AtomicInteger();

        private static String[] parts(String json) {
            String[] parts = json.split("\\|");
            if (parts.length != 5) {
                throw new PasskeyRefusedException("unreadable");
            }
            return parts;
        }

        private static byte[] bytes(String part) {
            return Base64.getUrlDecoder().decode(part);
        }

        @Override
        public PasskeyChallenge newChallenge() {
            byte[] bytes = new byte[32];
            bytes[0] = (byte) issued.incrementAndGet();
            return PasskeyChallenge.of(bytes);
        }

        @Override
        public List<Long> algorithms() {
            return List.of(-7L);
        }

        @Override
        public PasskeyChallenge registrationChallengeOf(String responseJson) {
            return PasskeyChallenge.of(bytes(parts(responseJson)[1]));
        }

        @Override
        public NewCredential verifyRegistration(String responseJson, PasskeyChallenge challenge) {
            String[] parts = parts(responseJson);
            if (!Boolean.parseBoolean(parts[4]) || !challenge.equals(registrationChallengeOf(responseJson))) {
                throw new PasskeyRefusedException("not verified");
            }
            return new NewCredential(CredentialId.of(bytes(parts[0])), new byte[] {1, 2, 3}, Long.parseLong(parts[3]));
        }

        @Override
        public AssertionClaim claimOf(String responseJson) {
            String[] parts = parts(responseJson);
            return new AssertionClaim(CredentialId.of(bytes(parts[0])), Optional.of(bytes(parts[2])),
                    PasskeyChallenge.of(bytes(parts[1])));
        }

        @Override
        public long verifyAssertion(String responseJson, PasskeyChallenge challenge, Passkey passkey) {
            String[] parts = parts(responseJson);
            if (!Boolean.parseBoolean(parts[4]) || !passkey.credentialId().equals(CredentialId.of(bytes(parts[0])))) {
                throw new PasskeyRefusedException("not verified");
            }
            return Long.parseLong(parts[3]);
        }
    }

    private User stored() {
        User user = aUser().build();
        users.add(user);
        return user;
    }

    private static Actor actor(User user) {
        return new Actor(user, TestOrigins.BROWSER);
    }

    /** A session of {@code user}, as a signed-in request presents it. */
    private Authenticated current(User user) {
        SessionToken token = tokens.newSessionToken();
        Session session = TestSessions.aSession().of(user).withToken(token).build();
        return new Authenticated(token, session, user, clock.instant().plus(Duration.ofHours(1)));
    }

    private RegisterPasskeyCommand registration(User user, String name, String answer) {
        return new RegisterPasskeyCommand(current(user), new PasskeyName(name), answer, TestOrigins.BROWSER);
    }

    private CredentialId registered(User user, long counter) {
        PasskeyCreationOptions options = startRegistration.start(actor(user));
        CredentialId credential = CredentialId.of(new byte[] {(byte) counter, 9, 9, 9});
        register.register(registration(user, "Laptop",
                answer(credential, options.challenge(), options.userHandle(), counter, true)));
        return credential;
    }

    private SignedIn signIn(CredentialId credential, User user, long counter) {
        return signIn.signIn(new PasskeySignInCommand(answer(credential, startSignIn.start().challenge(),
                Passkey.userHandleOf(user.id()), counter, true), false, TestOrigins.BROWSER, HeldTokens.NONE));
    }

    private List<String> failures() {
        return audit.eventsOf(AuditEventType.SIGN_IN_FAILED).stream().map(AuditEvent::detail).toList();
    }

    @Test
    void registrationOptionsNameTheAccountByItsHandleAndExcludeItsPasskeys() {
        User ann = stored();
        CredentialId first = registered(ann, 1);

        PasskeyCreationOptions options = startRegistration.start(actor(ann));

        assertThat(options.rpId()).isEqualTo("example.org");
        assertThat(options.userHandle()).isEqualTo(Passkey.userHandleOf(ann.id()));
        assertThat(options.userName()).isEqualTo(ann.email().value());
        assertThat(options.excluded()).containsExactly(first);
        assertThat(options.timeout()).isEqualTo(LIFETIME);
        assertThat(audit.eventsOf(AuditEventType.PASSKEY_ADDED)).hasSize(1);
    }

    @Test
    void aRegistrationChallengeCountsOnceForItsAccountWithinItsLifetime() {
        User ann = stored();
        User bob = stored();
        PasskeyCreationOptions options = startRegistration.start(actor(ann));
        CredentialId credential = CredentialId.of(new byte[] {1, 2, 3, 4});
        String answer = answer(credential, options.challenge(), options.userHandle(), 0, true);

        assertThatThrownBy(() -> register.register(registration(bob, "x", answer)))
                .isInstanceOf(InvalidPasskeyException.class);
        PasskeySummary added = register.register(registration(ann, "x", answer));
        assertThat(added.name()).isEqualTo(new PasskeyName("x"));
        assertThatThrownBy(() -> register.register(registration(ann, "x", answer)))
                .isInstanceOf(InvalidPasskeyException.class);

        PasskeyCreationOptions late = startRegistration.start(actor(ann));
        clock.advance(LIFETIME);
        assertThatThrownBy(() -> register.register(registration(ann, "y",
                answer(CredentialId.of(new byte[] {5, 6, 7}), late.challenge(), late.userHandle(), 0, true))))
                .isInstanceOf(InvalidPasskeyException.class);
        assertThat(passkeys.ofUser(ann.id())).hasSize(1);
    }

    @Test
    void aCredentialThatDoesNotVerifyIsNotAddedAndItsChallengeIsSpent() {
        User ann = stored();
        PasskeyCreationOptions options = startRegistration.start(actor(ann));
        CredentialId credential = CredentialId.of(new byte[] {1, 2, 3, 4});

        assertThatThrownBy(() -> register.register(registration(ann, "x",
                answer(credential, options.challenge(), options.userHandle(), 0, false))))
                .isInstanceOf(InvalidPasskeyException.class).hasMessageNotContaining("verified");
        assertThatThrownBy(() -> register.register(registration(ann, "x",
                answer(credential, options.challenge(), options.userHandle(), 0, true))))
                .isInstanceOf(InvalidPasskeyException.class);
        assertThatThrownBy(() -> register.register(registration(ann, "x", "{}")))
                .isInstanceOf(InvalidPasskeyException.class);
    }

    @Test
    void aPasskeySignsInItsAccountAndRecordsTheUse() {
        User ann = stored();
        CredentialId credential = registered(ann, 4);

        SignedIn signedIn = signIn(credential, ann, 5);

        assertThat(signedIn.user().id()).isEqualTo(ann.id());
        assertThat(signedIn.session().signInMethod()).contains(SignInMethod.PASSKEY);
        assertThat(passkeys.findByCredentialId(credential).orElseThrow().signCount()).isEqualTo(5);
        assertThat(passkeys.findByCredentialId(credential).orElseThrow().lastUsedAt()).contains(clock.instant());
        assertThat(audit.eventsOf(AuditEventType.SIGN_IN_SUCCEEDED)).extracting(AuditEvent::detail).containsExactly("passkey");
    }

    @Test
    void everyFailureIsAWrongCredentialAuditedWithItsReason() {
        User ann = stored();
        CredentialId credential = registered(ann, 4);
        PasskeyChallenge expiring = startSignIn.start().challenge();
        clock.advance(LIFETIME);
        String late = answer(credential, expiring, Passkey.userHandleOf(ann.id()), 9, true);
        String otherHandle = answer(credential, startSignIn.start().challenge(), new byte[16], 9, true);
        String forged = answer(credential, startSignIn.start().challenge(), Passkey.userHandleOf(ann.id()), 9, false);
        String unknown = answer(CredentialId.of(new byte[] {7, 7}), startSignIn.start().challenge(), new byte[16], 9, true);

        for (String answer : List.of(late, otherHandle, forged, unknown, "unreadable")) {
            assertThatThrownBy(() -> signIn.signIn(new PasskeySignInCommand(answer, false, TestOrigins.BROWSER,
                    HeldTokens.NONE))).isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(credential, ann, 4)).isInstanceOf(InvalidCredentialsException.class);
        users.update(users.findById(ann.id()).orElseThrow().disable());
        assertThatThrownBy(() -> signIn(credential, ann, 10)).isInstanceOf(InvalidCredentialsException.class);

        assertThat(failures()).containsExactly("passkey: no-live-challenge", "passkey: invalid-passkey",
                "passkey: invalid-passkey", "passkey: unknown-passkey", "passkey: invalid-passkey",
                "passkey: counter-regressed", "passkey: disabled");
        assertThat(sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void anAccountRemovesOnlyItsOwnPasskeys() {
        User ann = stored();
        User bob = stored();
        CredentialId credential = registered(ann, 1);
        PasskeySummary passkey = PasskeySummary.of(passkeys.findByCredentialId(credential).orElseThrow());

        assertThatThrownBy(() -> remove.remove(new RemovePasskeyCommand(current(bob), passkey.id(), TestOrigins.BROWSER)))
                .isInstanceOf(PasskeyNotFoundException.class);
        remove.remove(new RemovePasskeyCommand(current(ann), passkey.id(), TestOrigins.BROWSER));

        assertThat(passkeys.ofUser(ann.id())).isEmpty();
        assertThat(audit.eventsOf(AuditEventType.PASSKEY_REMOVED)).hasSize(1);
        assertThatThrownBy(() -> signIn(credential, ann, 2)).isInstanceOf(InvalidCredentialsException.class);
    }
}
