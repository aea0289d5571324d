package dev.gatehouse.application.service.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guessing throttle in front of password and code sign-in, over a scripted sign-in. */
class ThrottledSignInTest {

    private static final String RIGHT = "the right password, long enough";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryAttemptCounters counters = new InMemoryAttemptCounters();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryDeviceTokens devices = new InMemoryDeviceTokens();
    private final Throttle throttle = new Throttle(counters, ThrottlePolicies.defaults());
    /** Every password the real sign-in was asked to check, i.e. every hash computed. */
    private final List<String> checked = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ThrottledPasswordLogin login = new ThrottledPasswordLogin(command -> {
        checked.add(command.password().value());
        if (!command.password().value().equals(RIGHT)) {
            throw new InvalidCredentialsException();
        }
        return null;
    }, throttle, devices, audit, clock);

    private SignedIn logInFrom(DeviceToken device, String email, String password) {
        return login.logIn(new PasswordLoginCommand(EmailAddress.of(email), new ClearTextPassword(password), false,
                TestOrigins.BROWSER, new HeldTokens(Optional.empty(), Optional.of(device))));
    }

    private SignedIn logIn(String email, String password, RequestOrigin origin) {
        return login.logIn(new PasswordLoginCommand(EmailAddress.of(email), new ClearTextPassword(password), false, origin));
    }

    /** Five free failures, and the sixth that starts the first wait. */
    private void failUntilThrottled(String email) {
        failFiveTimes(email);
        assertThatThrownBy(() -> logIn(email, "sixth", TestOrigins.BROWSER)).isInstanceOf(InvalidCredentialsException.class);
    }

    private void failFiveTimes(String email) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn(email, "wrong " + checked.size(), TestOrigins.BROWSER))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
    }

    @Test
    void afterFiveFreeFailuresEachFurtherOneMakesTheAccountWaitLongerWhateverThePassword() {
        failFiveTimes("ann@example.org");
        assertThatThrownBy(() -> logIn("ann@example.org", "sixth try", TestOrigins.BROWSER))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThatThrownBy(() -> logIn("ann@example.org", RIGHT, TestOrigins.OTHER_CLIENT))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(checked).hasSize(6);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> logIn("ann@example.org", "seventh", TestOrigins.BROWSER))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> logIn("ann@example.org", RIGHT, TestOrigins.BROWSER))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void anUnknownAddressIsThrottledExactlyAsAKnownOne() {
        List<String> known = outcomes("ann@example.org");
        List<String> unknown = outcomes("nobody-" + System.nanoTime() + "@example.org");

        assertThat(unknown).isEqualTo(known).contains("TooManyAttemptsException PT1S");
    }

    private List<String> outcomes(String email) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            try {
                logIn(email, "wrong guess " + i, TestOrigins.BROWSER);
                outcomes.add("signed in");
            } catch (RuntimeException refused) {
                outcomes.add(refused.getClass().getSimpleName() + (refused instanceof TooManyAttemptsException t
                        ? " " + t.retryAfter() : ""));
            }
        }
        return outcomes;
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        failFiveTimes("ann@example.org");
        logIn("ann@example.org", RIGHT, TestOrigins.BROWSER);

        failFiveTimes("ann@example.org");

        assertThat(checked).hasSize(11);
    }

    @Test
    void aBrowserThatSignedInBeforeIsNotLockedOutByOthersFailures() {
        DeviceToken annsBrowser = devices.issue(EmailAddress.of("ann@example.org"), clock.instant()).token();
        failUntilThrottled("ann@example.org");
        assertThatThrownBy(() -> logIn("ann@example.org", RIGHT, TestOrigins.OTHER_CLIENT))
                .isInstanceOf(TooManyAttemptsException.class);

        logInFrom(annsBrowser, "ann@example.org", RIGHT);

        assertThatThrownBy(() -> logIn("ann@example.org", "still guessing", TestOrigins.OTHER_CLIENT))
                .as("the owner's success clears nothing of the others' count")
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void aRecognisedBrowserWaitsOnItsOwnFailures() {
        DeviceToken annsBrowser = devices.issue(EmailAddress.of("ann@example.org"), clock.instant()).token();
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> logInFrom(annsBrowser, "ann@example.org", "typo " + checked.size()))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> logInFrom(annsBrowser, "ann@example.org", RIGHT))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void aDeviceTokenIssuedForAnotherAddressIsNoExemption() {
        DeviceToken bobsBrowser = devices.issue(EmailAddress.of("bob@example.org"), clock.instant()).token();
        failUntilThrottled("ann@example.org");

        assertThatThrownBy(() -> logInFrom(bobsBrowser, "ann@example.org", RIGHT))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void aRecognisedBrowserHasAnHourlyCapOfItsOwnBesideTheAddresss() {
        DeviceToken stolen = devices.issue(EmailAddress.of("ann@example.org"), clock.instant()).token();
        int fromDevice = 0;
        int fromOthers = 0;
        for (int i = 0; i < 10_000 && clock.instant().isBefore(MutableClock.DEFAULT_START.plus(Duration.ofHours(1))); i++) {
            boolean device = i % 2 == 0;
            try {
                if (device) {
                    logInFrom(stolen, "ann@example.org", "guess " + i);
                } else {
                    logIn("ann@example.org", "guess " + i, RequestOrigin.of("192.0.2." + (i % 250), null));
                }
            } catch (InvalidCredentialsException wrong) {
                if (device) {
                    fromDevice++;
                } else {
                    fromOthers++;
                }
            } catch (TooManyAttemptsException throttled) {
                clock.advance(Duration.ofMillis(Math.min(throttled.retryAfter().toMillis(), 250)));
            }
        }

        assertThat(fromDevice).isLessThanOrEqualTo(100);
        assertThat(fromOthers).isLessThanOrEqualTo(100);
        assertThat(checked).hasSize(fromDevice + fromOthers);
    }

    @Test
    void strangersWhoPushTheAddressToItsHourlyCapDoNotLockOutTheOwnersBrowser() {
        DeviceToken annsBrowser = devices.issue(EmailAddress.of("ann@example.org"), clock.instant()).token();
        for (int i = 0; i < 10_000 && clock.instant().isBefore(MutableClock.DEFAULT_START.plus(Duration.ofMinutes(50))); i++) {
            try {
                logIn("ann@example.org", "guess " + i, RequestOrigin.of("192.0.2." + (i % 250), null));
            } catch (InvalidCredentialsException | TooManyAttemptsException refused) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
        assertThatThrownBy(() -> logIn("ann@example.org", RIGHT, TestOrigins.OTHER_CLIENT))
                .isInstanceOf(TooManyAttemptsException.class);

        logInFrom(annsBrowser, "ann@example.org", RIGHT);
    }

    @Test
    void anOverlongPasswordCostsTheClientButNeverTheAddress() {
        String overlong = "x".repeat(1_025);
        RequestOrigin guesser = RequestOrigin.of("203.0.113.77", null);
        // The client's twenty free attempts, and the one that starts its first wait.
        for (int i = 0; i < 21; i++) {
            assertThatThrownBy(() -> logIn("ann@example.org", overlong, guesser))
                    .isInstanceOf(dev.gatehouse.domain.password.PasswordRejectedException.class);
        }

        assertThatThrownBy(() -> logIn("bob@example.org", overlong, guesser)).isInstanceOf(TooManyAttemptsException.class);
        assertThat(checked).isEmpty();
        logIn("ann@example.org", RIGHT, TestOrigins.BROWSER);
    }

    @Test
    void ofManyGuessesAtOnceNoMoreThanTheFreeOnesAndTheOneThatStartsTheWaitAreJudged() throws Exception {
        int callers = 30;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(callers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String password = "guess " + i;
                RequestOrigin origin = RequestOrigin.of("192.0.2." + i, null);
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        logIn("ann@example.org", password, origin);
                        return "signed in";
                    } catch (InvalidCredentialsException wrong) {
                        return "judged";
                    } catch (TooManyAttemptsException throttled) {
                        return "throttled";
                    }
                }));
            }
            List<String> answers = new ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                answers.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn("judged"::equals).hasSize(6);
            assertThat(answers).filteredOn("throttled"::equals).hasSize(callers - 6);
            assertThat(checked).hasSize(6);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverMoreThanAHundredGuessesAnAccountAnHourHoweverPatientTheGuesser() {
        int guesses = 0;
        for (int i = 0; i < 10_000 && clock.instant().isBefore(MutableClock.DEFAULT_START.plus(Duration.ofHours(1))); i++) {
            try {
                logIn("ann@example.org", "guess " + i, i % 2 == 0 ? TestOrigins.BROWSER : RequestOrigin.of("192.0.2." + (i % 250), null));
            } catch (InvalidCredentialsException wrong) {
                guesses++;
            } catch (TooManyAttemptsException throttled) {
                clock.advance(throttled.retryAfter());
            }
        }

        assertThat(guesses).isLessThanOrEqualTo(100);
        assertThat(checked).hasSize(guesses);
    }

    @Test
    void oneClientGuessingAcrossManyAddressesIsThrottledToo() {
        RequestOrigin guesser = RequestOrigin.of("203.0.113.66", null);
        for (int i = 0; i < 20; i++) {
            String email = "victim" + i + "@example.org";
            assertThatThrownBy(() -> logIn(email, "Summer2024!Summer", guesser)).isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn("victim20@example.org", "Summer2024!Summer", guesser))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThatThrownBy(() -> logIn("victim21@example.org", "Summer2024!Summer", guesser))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(checked).hasSize(21);
    }

    /** An IPv6 client picks any address of its /64 at will: a new one per guess wins it nothing. */
    @Test
    void oneIpv6ClientHoppingAcrossItsSlash64IsThrottledAsOneClient() {
        for (int i = 0; i < 21; i++) {
            String email = "victim" + i + "@example.org";
            RequestOrigin hop = RequestOrigin.of("2001:db8:77:1::" + Integer.toHexString(i + 1), null);
            assertThatThrownBy(() -> logIn(email, "Summer2024!Summer", hop)).isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> logIn("victim21@example.org", "Summer2024!Summer",
                RequestOrigin.of("2001:db8:77:1:dead:beef:0:1", null))).isInstanceOf(TooManyAttemptsException.class);
        assertThat(checked).hasSize(21);
        assertThatThrownBy(() -> logIn("victim22@example.org", "Summer2024!Summer",
                RequestOrigin.of("2001:db8:77:2::1", null))).as("the next /64 is another client")
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aThrottledAttemptIsAuditedAndNeverReachesTheHasher() {
        failFiveTimes("ann@example.org");
        assertThatThrownBy(() -> logIn("ann@example.org", "sixth", TestOrigins.BROWSER)).isInstanceOf(InvalidCredentialsException.class);

        assertThatThrownBy(() -> logIn("ann@example.org", RIGHT, TestOrigins.BROWSER)).isInstanceOf(TooManyAttemptsException.class);

        assertThat(audit.only(AuditEventType.SIGN_IN_FAILED).detail()).isEqualTo("password: throttled");
        assertThat(checked).doesNotContain(RIGHT);
    }

    @Test
    void wrongCodesCountAgainstTheSameAccountAsWrongPasswords() {
        ThrottledCodeVerification codes = new ThrottledCodeVerification(command -> {
            throw new InvalidCodeException();
        }, command -> { }, throttle, devices, audit, clock);
        failFiveTimes("ann@example.org");
        VerifySignInCodeCommand code = new VerifySignInCodeCommand(EmailAddress.of("ann@example.org"),
                new OneTimeCode("123456"), false, Optional.empty(), TestOrigins.BROWSER);

        assertThatThrownBy(() -> codes.verify(code)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> codes.verify(code)).isInstanceOf(TooManyAttemptsException.class);
        assertThat(audit.only(AuditEventType.SIGN_IN_FAILED).detail()).isEqualTo("code: throttled");
    }
}
