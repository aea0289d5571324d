package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.SecondFactorChallenge;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The second factors' tables on a real database: each rule that must hold under concurrency is one
 * conditional statement, so of parallel attempts exactly the allowed number succeed.
 */
class JdbiSecondFactorsTest {

    private static final Instant NOW = Instant.parse("2026-03-04T09:15:30.123456Z");
    private static final int PARALLEL = 16;

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final JdbiTotpCredentials totp = new JdbiTotpCredentials(DATABASE.database().jdbi());
    private final JdbiSecondFactorChallenges challenges = new JdbiSecondFactorChallenges(DATABASE.database().jdbi());

    private static User storedUser() {
        User user = aUser().build();
        new JdbiUsers(DATABASE.database().jdbi()).add(user);
        return user;
    }

    private static RecoveryCodeHash hash(int n) {
        return new RecoveryCodeHash(String.format("%064x", n));
    }

    private static <T> List<T> atOnce(int times, Callable<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPendingSecretIsReplacedUntilConfirmedAndAConfirmedOneNever() {
        User user = storedUser();

        assertThat(totp.replacePending(user.id(), new byte[] {1}, NOW)).isTrue();
        assertThat(totp.replacePending(user.id(), new byte[] {2}, NOW)).isTrue();
        assertThat(totp.find(user.id())).hasValueSatisfying(stored -> {
            assertThat(stored.sealedSecret()).containsExactly(2);
            assertThat(stored.confirmed()).isFalse();
        });
        assertThat(totp.confirm(user.id(), new byte[] {2}, 100, NOW)).isTrue();
        assertThat(totp.confirm(user.id(), new byte[] {2}, 101, NOW)).as("confirmed once").isFalse();

        assertThat(totp.replacePending(user.id(), new byte[] {3}, NOW)).isFalse();
        assertThat(totp.find(user.id()).orElseThrow().sealedSecret()).containsExactly(2);
        assertThat(totp.confirmed(user.id())).isTrue();
    }

    @Test
    void aSecretReplacedAfterItsCodeWasCheckedIsNotConfirmed() {
        User user = storedUser();
        totp.replacePending(user.id(), new byte[] {1}, NOW);
        totp.replacePending(user.id(), new byte[] {2}, NOW);

        assertThat(totp.confirm(user.id(), new byte[] {1}, 100, NOW)).as("checked against the first").isFalse();
        assertThat(totp.confirmed(user.id())).isFalse();
        assertThat(totp.confirm(user.id(), new byte[] {2}, 100, NOW)).isTrue();
    }

    @Test
    void aStepIsAcceptedOnceAndNeverAnEarlierOne() {
        User user = storedUser();
        totp.replacePending(user.id(), new byte[] {1}, NOW);
        totp.confirm(user.id(), new byte[] {1}, 100, NOW);

        assertThat(totp.acceptStep(user.id(), 100)).as("the confirming step").isFalse();
        assertThat(totp.acceptStep(user.id(), 101)).isTrue();
        assertThat(totp.acceptStep(user.id(), 101)).isFalse();
        assertThat(totp.acceptStep(user.id(), 100)).isFalse();
        assertThat(totp.acceptStep(user.id(), 102)).isTrue();
    }

    @RepeatedTest(3)
    void ofParallelUsesOfOneStepExactlyOneIsAccepted() throws Exception {
        User user = storedUser();
        totp.replacePending(user.id(), new byte[] {1}, NOW);
        totp.confirm(user.id(), new byte[] {1}, 100, NOW);

        List<Boolean> accepted = atOnce(PARALLEL, () -> totp.acceptStep(user.id(), 101));

        assertThat(accepted).containsOnlyOnce(true);
    }

    @RepeatedTest(3)
    void ofParallelUsesOfOneRecoveryCodeExactlyOneIsAccepted() throws Exception {
        User user = storedUser();
        totp.replace(user.id(), List.of(hash(1), hash(2), hash(3)));

        List<Boolean> used = atOnce(PARALLEL, () -> totp.use(user.id(), hash(2)));

        assertThat(used).containsOnlyOnce(true);
        assertThat(totp.remaining(user.id())).isEqualTo(2);
        assertThat(totp.use(storedUser().id(), hash(1))).as("another account's code").isFalse();
    }

    @RepeatedTest(3)
    void aChallengeAdmitsExactlyFiveAttemptsHoweverManyArriveAtOnce() throws Exception {
        User user = storedUser();
        ChallengeToken token = newToken();
        challenges.add(SecondFactorChallenge.issue(token, user.id(), SignInMethod.PASSWORD, true, NOW,
                Duration.ofMinutes(5)), NOW);

        List<Boolean> admitted = atOnce(20, () -> challenges.admitAttempt(token.hash(), NOW.plusSeconds(1),
                SecondFactorChallenge.MAX_ATTEMPTS).isPresent());

        assertThat(admitted.stream().filter(Boolean::booleanValue)).hasSize(5);
    }

    @Test
    void aChallengeKeepsItsSignInAndEndsWithItsLifetimeOrItsUse() {
        User user = storedUser();
        ChallengeToken token = newToken();
        challenges.add(SecondFactorChallenge.issue(token, user.id(), SignInMethod.CODE, true, NOW,
                Duration.ofMinutes(5)), NOW);

        assertThat(challenges.admitAttempt(token.hash(), NOW.plusSeconds(299), 5)).hasValueSatisfying(challenge -> {
            assertThat(challenge.userId()).isEqualTo(user.id());
            assertThat(challenge.firstFactor()).isEqualTo(SignInMethod.CODE);
            assertThat(challenge.rememberMe()).isTrue();
        });
        assertThat(challenges.admitAttempt(token.hash(), NOW.plusSeconds(300), 5)).as("ended").isEmpty();
        assertThat(challenges.consume(token.hash())).isTrue();
        assertThat(challenges.consume(token.hash())).isFalse();
    }

    private static ChallengeToken newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return ChallengeToken.fromRandomBytes(bytes);
    }
}
