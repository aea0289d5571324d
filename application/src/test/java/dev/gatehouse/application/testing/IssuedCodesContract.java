package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.application.port.out.CodeVerdict;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
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
     * the parallel tests.
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
        store().add(code, Duration.ZERO);
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
    void newestHasEveryField() {
        User user = storedUser();
        IssuedCode code = stored(IssuedCode.rebuild(user.id(), CodePurpose.PASSWORD_RESET, randomHash(),
                Instant.parse("2025-03-04T09:00:00.000001Z"), Instant.parse("2025-03-04T09:09:59.999999Z"), 3));

        assertSameState(store().newest(user.id(), CodePurpose.PASSWORD_RESET).orElseThrow(), code);
    }

    @Test
    void newestIsNothingForAnotherPurposeOrAnotherUser() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));

        assertThat(store().newest(user.id(), CodePurpose.PASSWORD_RESET)).isEmpty();
        assertThat(store().newest(storedUser().id(), CodePurpose.SIGN_IN)).isEmpty();
        assertThat(store().newest(new UserId(UUID.randomUUID()), CodePurpose.SIGN_IN)).isEmpty();
    }

    @Test
    void aNewerCodeLeavesTheEarlierOneUsable() {
        User user = storedUser();
        IssuedCode first = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        IssuedCode second = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(60)));

        assertSameState(store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow(), second);
        assertThat(judge(user, CodePurpose.SIGN_IN, first.hash(), ISSUED_AT.plusSeconds(90))).isEqualTo(CodeVerdict.ACCEPTED);
        assertThat(judge(user, CodePurpose.SIGN_IN, second.hash(), ISSUED_AT.plusSeconds(91))).isEqualTo(CodeVerdict.ACCEPTED);
    }

    @Test
    void onlyTheNewestFewCodesStayUsable() {
        User user = storedUser();
        List<IssuedCode> issued = new ArrayList<>();
        for (int i = 0; i <= CodeRules.LIVE_CODES_KEPT; i++) {
            issued.add(stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(i))));
        }
        Instant now = ISSUED_AT.plusSeconds(60);

        assertThat(judge(user, CodePurpose.SIGN_IN, issued.get(0).hash(), now)).isEqualTo(CodeVerdict.WRONG);
        for (IssuedCode kept : issued.subList(1, issued.size())) {
            assertThat(judge(user, CodePurpose.SIGN_IN, kept.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);
        }
    }

    @Test
    void aCodeWithinTheResendIntervalOfTheLastIsNotStored() {
        User user = storedUser();
        Duration resend = Duration.ofSeconds(30);
        IssuedCode first = issued(user, CodePurpose.SIGN_IN, ISSUED_AT);
        assertThat(store().add(first, resend)).isTrue();

        IssuedCode tooSoon = issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(29));
        assertThat(store().add(tooSoon, resend)).isFalse();
        assertSameState(store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow(), first);
        assertThat(judge(user, CodePurpose.SIGN_IN, tooSoon.hash(), ISSUED_AT.plusSeconds(40))).isEqualTo(CodeVerdict.WRONG);

        IssuedCode later = issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(31));
        assertThat(store().add(later, resend)).isTrue();
        assertThat(store().add(issued(user, CodePurpose.PASSWORD_RESET, ISSUED_AT.plusSeconds(32)), resend)).isTrue();
    }

    @Test
    void ofParallelRequestsWithinTheResendIntervalExactlyOneStoresACode() throws Exception {
        User user = storedUser();
        IssuedCodes shared = store();
        int callers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                IssuedCode code = issued(user, CodePurpose.SIGN_IN, ISSUED_AT);
                results.add(pool.submit(() -> {
                    start.await();
                    return shared.add(code, Duration.ofSeconds(30));
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<Boolean> result : results) {
                stored += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRightCodeIsAcceptedOnceAndNeverTakesANewerCodeWithIt() {
        User user = storedUser();
        IssuedCode older = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        IssuedCode newer = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(30)));
        Instant now = ISSUED_AT.plusSeconds(40);

        assertThat(judge(user, CodePurpose.SIGN_IN, older.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);

        assertThat(judge(user, CodePurpose.SIGN_IN, older.hash(), now)).isEqualTo(CodeVerdict.WRONG);
        assertSameState(store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow(),
                IssuedCode.rebuild(user.id(), CodePurpose.SIGN_IN, newer.hash(), newer.issuedAt(), newer.expiresAt(), 1));
        assertThat(judge(user, CodePurpose.SIGN_IN, newer.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);
        assertThat(judge(user, CodePurpose.SIGN_IN, newer.hash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
    }

    @Test
    void wrongEntriesCountAgainstEveryLiveCodeUntilAllDieAtTheFifth() {
        User user = storedUser();
        IssuedCode first = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        IssuedCode second = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(1)));
        Instant now = ISSUED_AT.plusSeconds(10);

        for (int attempt = 1; attempt <= CodeRules.MAX_ATTEMPTS_PER_CODE; attempt++) {
            assertThat(judge(user, CodePurpose.SIGN_IN, randomHash(), now)).isEqualTo(CodeVerdict.WRONG);
            assertThat(store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts()).isEqualTo(attempt);
        }

        assertThat(judge(user, CodePurpose.SIGN_IN, randomHash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(judge(user, CodePurpose.SIGN_IN, first.hash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(judge(user, CodePurpose.SIGN_IN, second.hash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
    }

    @Test
    void aCodeIssuedAfterWrongEntriesStartsWithItsOwnFiveAttempts() {
        User user = storedUser();
        stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        for (int attempt = 0; attempt < CodeRules.MAX_ATTEMPTS_PER_CODE; attempt++) {
            judge(user, CodePurpose.SIGN_IN, randomHash(), ISSUED_AT.plusSeconds(1));
        }

        IssuedCode fresh = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT.plusSeconds(60)));

        assertThat(store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts()).isZero();
        assertThat(judge(user, CodePurpose.SIGN_IN, fresh.hash(), ISSUED_AT.plusSeconds(61))).isEqualTo(CodeVerdict.ACCEPTED);
    }

    @Test
    void anExpiredCodeIsNotAcceptedNorCounted() {
        User user = storedUser();
        IssuedCode code = stored(issued(user, CodePurpose.PASSWORD_RESET, ISSUED_AT));

        assertThat(judge(user, CodePurpose.PASSWORD_RESET, code.hash(), code.expiresAt())).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(judge(user, CodePurpose.PASSWORD_RESET, randomHash(), code.expiresAt())).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(store().newest(user.id(), CodePurpose.PASSWORD_RESET).orElseThrow().failedAttempts()).isZero();
        assertThat(judge(user, CodePurpose.PASSWORD_RESET, code.hash(), code.expiresAt().minusNanos(1_000)))
                .isEqualTo(CodeVerdict.ACCEPTED);
    }

    @Test
    void keepsEachPurposeAndEachUserApart() {
        User user = storedUser();
        IssuedCode signIn = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        IssuedCode reset = stored(issued(user, CodePurpose.PASSWORD_RESET, ISSUED_AT.plusSeconds(1)));
        Instant now = ISSUED_AT.plusSeconds(2);

        assertThat(judge(user, CodePurpose.PASSWORD_RESET, signIn.hash(), now)).isEqualTo(CodeVerdict.WRONG);
        assertThat(judge(storedUser(), CodePurpose.SIGN_IN, signIn.hash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(store().judge(new UserId(UUID.randomUUID()), CodePurpose.SIGN_IN, signIn.hash(), now))
                .isEqualTo(CodeVerdict.NO_LIVE_CODE);

        assertThat(store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts()).isZero();
        assertThat(judge(user, CodePurpose.SIGN_IN, signIn.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);
        assertThat(judge(user, CodePurpose.PASSWORD_RESET, reset.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);
    }

    @Test
    void removeAllRemovesEveryCodeOfTheUserAndPurposeAndNoOther() {
        User user = storedUser();
        User other = storedUser();
        IssuedCode first = stored(issued(user, CodePurpose.EMAIL_CHANGE, ISSUED_AT));
        IssuedCode second = stored(issued(user, CodePurpose.EMAIL_CHANGE, ISSUED_AT.plusSeconds(1)));
        IssuedCode signIn = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));
        IssuedCode othersCode = stored(issued(other, CodePurpose.EMAIL_CHANGE, ISSUED_AT));
        Instant now = ISSUED_AT.plusSeconds(2);

        store().removeAll(user.id(), CodePurpose.EMAIL_CHANGE);

        assertThat(store().newest(user.id(), CodePurpose.EMAIL_CHANGE)).isEmpty();
        assertThat(judge(user, CodePurpose.EMAIL_CHANGE, first.hash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(judge(user, CodePurpose.EMAIL_CHANGE, second.hash(), now)).isEqualTo(CodeVerdict.NO_LIVE_CODE);
        assertThat(judge(user, CodePurpose.SIGN_IN, signIn.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);
        assertThat(judge(other, CodePurpose.EMAIL_CHANGE, othersCode.hash(), now)).isEqualTo(CodeVerdict.ACCEPTED);
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
        assertThat(store().newest(expiredEarlier.id(), CodePurpose.SIGN_IN)).isEmpty();
        assertThat(store().newest(expiringNow.id(), CodePurpose.PASSWORD_RESET)).isEmpty();
        assertSameState(store().newest(live.id(), CodePurpose.SIGN_IN).orElseThrow(), kept);
        assertThat(store().removeExpired(now)).isZero();
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        User user = storedUser();
        Instant issuedAt = Instant.parse("1999-12-31T23:59:59.999999Z");
        Instant expiresAt = Instant.parse("2000-01-01T00:10:00.000001Z");
        stored(IssuedCode.rebuild(user.id(), CodePurpose.SIGN_IN, randomHash(), issuedAt, expiresAt, 0));

        IssuedCode found = store().newest(user.id(), CodePurpose.SIGN_IN).orElseThrow();

        assertThat(found.issuedAt()).isEqualTo(issuedAt);
        assertThat(found.expiresAt()).isEqualTo(expiresAt);
    }

    @Test
    void ofParallelEntriesOfTheRightCodeExactlyOneIsAccepted() throws Exception {
        User user = storedUser();
        IssuedCode code = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));

        List<CodeVerdict> verdicts = inParallel(20, () -> code.hash(), user, ISSUED_AT.plusSeconds(30));

        assertThat(verdicts).filteredOn(CodeVerdict.ACCEPTED::equals).hasSize(1);
        assertThat(verdicts).filteredOn(CodeVerdict.NO_LIVE_CODE::equals).hasSize(19);
    }

    @Test
    void ofParallelWrongEntriesExactlyFiveAreCounted() throws Exception {
        User user = storedUser();
        IssuedCode code = stored(issued(user, CodePurpose.SIGN_IN, ISSUED_AT));

        List<CodeVerdict> verdicts = inParallel(20, IssuedCodesContract::randomHash, user, ISSUED_AT.plusSeconds(30));

        assertThat(verdicts).filteredOn(CodeVerdict.WRONG::equals).hasSize(CodeRules.MAX_ATTEMPTS_PER_CODE);
        assertThat(verdicts).filteredOn(CodeVerdict.NO_LIVE_CODE::equals).hasSize(20 - CodeRules.MAX_ATTEMPTS_PER_CODE);
        assertThat(judge(user, CodePurpose.SIGN_IN, code.hash(), ISSUED_AT.plusSeconds(31))).isEqualTo(CodeVerdict.NO_LIVE_CODE);
    }

    private CodeVerdict judge(User user, CodePurpose purpose, CodeHash entered, Instant now) {
        return store().judge(user.id(), purpose, entered, now);
    }

    private List<CodeVerdict> inParallel(int callers, java.util.function.Supplier<CodeHash> entered, User user,
                                         Instant now) throws Exception {
        IssuedCodes shared = store();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<CodeVerdict>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                CodeHash hash = entered.get();
                results.add(pool.submit(() -> {
                    start.await();
                    return shared.judge(user.id(), CodePurpose.SIGN_IN, hash, now);
                }));
            }
            start.countDown();
            List<CodeVerdict> verdicts = new ArrayList<>();
            for (Future<CodeVerdict> result : results) {
                verdicts.add(result.get(60, TimeUnit.SECONDS));
            }
            return verdicts;
        } finally {
            pool.shutdownNow();
        }
    }
}
