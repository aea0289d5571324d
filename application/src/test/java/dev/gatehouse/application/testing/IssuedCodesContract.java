package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IssuedCodes} must do. Extend it once per implementation. Codes belong to
 * stored users (a foreign key in the database), so every test adds its users through
 * {@link #users()} first. The tests never assume an empty store: each uses users of its own.
 */
public abstract class IssuedCodesContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant ISSUED_AT = Instant.parse("2025-03-04T09:15:30.123456Z");

    private Users users;
    private IssuedCodes codes;

    /**
     * The user store the codes' owners live in. Called lazily, once per test, from inside the test
     * method (so after every {@code @BeforeEach}).
     */
    protected abstract Users users();

    /**
     * The store under test, over the same data as {@link #users()}. Called like {@link #users()};
     * the same instance is then shared by several threads in
     * {@link #parallelReservationsOfOneCodeGetExactlyFiveAttempts}.
     */
    protected abstract IssuedCodes issuedCodes();

    private Users userStore() {
        if (users == null) {
            users = users();
        }
        return users;
    }

    private IssuedCodes store() {
        if (codes == null) {
            codes = issuedCodes();
        }
        return codes;
    }

    private User storedUser() {
        User user = aUser().build();
        userStore().add(user);
        return user;
    }

    private IssuedCode stored(IssuedCode code) {
        store().replace(code);
        return code;
    }

    private static IssuedCode issued(User user, CodePurpose purpose, Instant at) {
        return IssuedCode.issue(user.id(), purpose, randomHash(), at, CodeRules.DEFAULT);
    }

    private static CodeHash randomHash() {
        byte[] bytes = new byte[32];
        new Random().nextBytes(bytes);
        return new CodeHash(HexFormat.of().formatHex(bytes));
    }

    @Test
    void findsStoredCodeWithEveryField() {
        User user = storedUser();
        IssuedCode code = stored(IssuedCode.rebuild(user.id(), CodePurpose.PASSWORD_RESET, randomHash(),
                Instant.parse("2025-03-04T09:00:00.000001Z"), Instant.parse("2025-03-04T09:09:59.999999Z"), 3));

        assertSameState(store().find(user.id(), CodePurpose.PASSWORD_RESET).orElseThrow(), code);
    }

    @Test
    void findsNothingForAnotherPurposeOrAnotherUser() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));

        assertThat(store().find(user.id(), CodePurpose.PASSWORD_RESET)).isEmpty();
        assertThat(store().find(storedUser().id(), CodePurpose.SIGN_IN)).isEmpty();
        assertThat(store().find(new UserId(UUID.randomUUID()), CodePurpose.SIGN_IN)).isEmpty();
    }

    @Test
    void replaceSupersedesThePreviousCodeAndForgetsItsAttempts() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(1));
        store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(2));

        IssuedCode newer = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(60)));

        IssuedCode found = store().find(user.id(), CodePurpose.SIGN_IN).orElseThrow();
        assertSameState(found, newer);
        assertThat(found.failedAttempts()).isZero();
    }

    @Test
    void keepsEachPurposeOfAUserApart() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        IssuedCode reset = stored(issued(user, CodePurpose.PASSWORD_RESET, ISSUED_AT.plusSeconds(1)));

        store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(2));
        store().remove(user.id(), CodePurpose.SIGN_IN);

        assertThat(store().find(user.id(), CodePurpose.SIGN_IN)).isEmpty();
        assertSameState(store().find(user.id(), CodePurpose.PASSWORD_RESET).orElseThrow(), reset);
    }

    @Test
    void reserveAttemptReturnsTheCodeAsItWasAndCountsTheAttempt() {
        User user = storedUser();
        IssuedCode code = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));

        IssuedCode first = store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(5)).orElseThrow();
        assertSameState(first, code);
        assertThat(store().find(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts()).isEqualTo(1);

        IssuedCode second = store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(6)).orElseThrow();
        assertThat(second.failedAttempts()).isEqualTo(1);
        assertThat(second.hash()).isEqualTo(code.hash());
        assertThat(store().find(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts()).isEqualTo(2);
    }

    @Test
    void reserveAttemptRefusesTheSixthAttemptWithoutCountingIt() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        Instant now = ISSUED_AT.plusSeconds(10);

        for (int attempt = 0; attempt < CodeRules.MAX_ATTEMPTS_PER_CODE; attempt++) {
            assertThat(store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, now))
                    .map(IssuedCode::failedAttempts).contains(attempt);
        }

        assertThat(store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, now)).isEmpty();
        assertThat(store().find(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts())
                .isEqualTo(CodeRules.MAX_ATTEMPTS_PER_CODE);
    }

    @Test
    void reserveAttemptRefusesAnExpiredCodeWithoutCountingIt() {
        User user = storedUser();
        IssuedCode code = stored(issued(user, CodePurpose.PASSWORD_RESET, ISSUED_AT));

        assertThat(store().reserveAttempt(user.id(), CodePurpose.PASSWORD_RESET, code.expiresAt().minusNanos(1_000)))
                .isPresent();
        assertThat(store().reserveAttempt(user.id(), CodePurpose.PASSWORD_RESET, code.expiresAt())).isEmpty();
        assertThat(store().find(user.id(), CodePurpose.PASSWORD_RESET).orElseThrow().failedAttempts()).isEqualTo(1);
    }

    @Test
    void reserveAttemptFindsNothingWithoutACode() {
        User user = storedUser();
        stored(issued(user, CodePurpose.PASSWORD_RESET, ISSUED_AT));

        assertThat(store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(1))).isEmpty();
        assertThat(store().reserveAttempt(new UserId(UUID.randomUUID()), CodePurpose.SIGN_IN, ISSUED_AT)).isEmpty();
        assertThat(store().find(user.id(), CodePurpose.SIGN_IN)).isEmpty();
    }

    @Test
    void removedCodeIsGoneAndRemovingAgainIsHarmless() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));

        store().remove(user.id(), CodePurpose.SIGN_IN);

        assertThat(store().find(user.id(), CodePurpose.SIGN_IN)).isEmpty();
        assertThat(store().reserveAttempt(user.id(), CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(1))).isEmpty();
        assertThatCode(() -> store().remove(user.id(), CodePurpose.SIGN_IN)).doesNotThrowAnyException();
        assertThatCode(() -> store().remove(new UserId(UUID.randomUUID()), CodePurpose.PASSWORD_RESET))
                .doesNotThrowAnyException();
    }

    @Test
    void removeExpiredRemovesCodesExpiredByNowAndKeepsLiveOnes() {
        Instant now = ISSUED_AT.plusSeconds(3_600);
        User expiredEarlier = storedUser();
        User expiringNow = storedUser();
        User live = storedUser();
        stored(IssuedCode.rebuild(expiredEarlier.id(), CodePurpose.SIGN_IN, randomHash(), ISSUED_AT,
                now.minusSeconds(60), 0));
        stored(IssuedCode.rebuild(expiringNow.id(), CodePurpose.PASSWORD_RESET, randomHash(), ISSUED_AT, now, 2));
        IssuedCode kept = stored(IssuedCode.rebuild(live.id(), CodePurpose.SIGN_IN, randomHash(), ISSUED_AT,
                now.plusNanos(1_000), 0));

        int removed = store().removeExpired(now);

        // Other tests' codes may have expired too: at least ours went.
        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(store().find(expiredEarlier.id(), CodePurpose.SIGN_IN)).isEmpty();
        assertThat(store().find(expiringNow.id(), CodePurpose.PASSWORD_RESET)).isEmpty();
        assertSameState(store().find(live.id(), CodePurpose.SIGN_IN).orElseThrow(), kept);
        assertThat(store().removeExpired(now)).isZero();
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        User user = storedUser();
        Instant issuedAt = Instant.parse("1999-12-31T23:59:59.999999Z");
        Instant expiresAt = Instant.parse("2000-01-01T00:10:00.000001Z");
        stored(IssuedCode.rebuild(user.id(), CodePurpose.SIGN_IN, randomHash(), issuedAt, expiresAt, 0));

        IssuedCode found = store().find(user.id(), CodePurpose.SIGN_IN).orElseThrow();

        assertThat(found.issuedAt()).isEqualTo(issuedAt);
        assertThat(found.expiresAt()).isEqualTo(expiresAt);
    }

    @Test
    void parallelReservationsOfOneCodeGetExactlyFiveAttempts() throws Exception {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        Instant now = ISSUED_AT.plusSeconds(30);
        IssuedCodes shared = store();
        int callers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Optional<IssuedCode>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return shared.reserveAttempt(user.id(), CodePurpose.SIGN_IN, now);
                }));
            }
            start.countDown();
            List<Integer> attemptsSeen = new ArrayList<>();
            for (Future<Optional<IssuedCode>> result : results) {
                result.get(60, TimeUnit.SECONDS).ifPresent(code -> attemptsSeen.add(code.failedAttempts()));
            }

            // Each caller that got through saw a different count: none slipped past another.
            assertThat(attemptsSeen).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
            assertThat(store().find(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts())
                    .isEqualTo(CodeRules.MAX_ATTEMPTS_PER_CODE);
        } finally {
            pool.shutdownNow();
        }
    }
}
