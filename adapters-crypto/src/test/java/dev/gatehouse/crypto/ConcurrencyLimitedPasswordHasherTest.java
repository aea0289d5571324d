package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ConcurrencyLimitedPasswordHasherTest {

    private static final ClearTextPassword PASSWORD = new ClearTextPassword("correct horse battery staple");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$stand-in");

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();
    /** Holds its caller until {@link #release} opens, counting the calls inside. */
    private final PasswordHasher blocking = new PasswordHasher() {
        @Override
        public PasswordHash hash(ClearTextPassword password) {
            running.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HASH;
        }

        @Override
        public PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
            hash(password);
            return PasswordCheck.MATCH;
        }
    };

    @AfterEach
    void releaseHeldThreads() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void refusesWhenEveryPermitStaysHeldLongerThanTheWait() throws Exception {
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(blocking, 2, Duration.ofMillis(100));
        holdPermits(limited, 2);

        assertThatThrownBy(() -> limited.verify(PASSWORD, HASH))
                .isInstanceOfSatisfying(CapacityExceededException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(ConcurrencyLimitedPasswordHasher.RETRY_AFTER));
        assertThatThrownBy(() -> limited.hash(PASSWORD)).isInstanceOf(CapacityExceededException.class);
        assertThat(running).hasValue(2);
    }

    @Test
    void defaultsToOnePermitPerProcessor() throws Exception {
        int processors = Runtime.getRuntime().availableProcessors();
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(blocking, Duration.ZERO);
        holdPermits(limited, processors);

        assertThatThrownBy(() -> limited.hash(PASSWORD)).isInstanceOf(CapacityExceededException.class);
    }

    @Test
    void waitsForAPermitThatFreesUpWithinTheWait() throws Exception {
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(blocking, 1, Duration.ofSeconds(10));
        List<Future<PasswordHash>> held = holdPermits(limited, 1);

        Future<PasswordHash> waiting = threads.submit(() -> limited.hash(PASSWORD));
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        release.countDown();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(HASH);
        assertThat(held.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(HASH);
    }

    @Test
    void givesThePermitBackWhenTheHasherFails() {
        PasswordHasher failing = new PasswordHasher() {
            @Override
            public PasswordHash hash(ClearTextPassword password) {
                throw new IllegalStateException("native library failed");
            }

            @Override
            public PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
                throw new IllegalStateException("native library failed");
            }
        };
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(failing, 1, Duration.ZERO);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> limited.hash(PASSWORD)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> limited.verify(PASSWORD, HASH)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void passesResultsThrough() {
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(
                new Argon2idPasswordHasher(new Argon2Settings(8_192, 1, 1)), 1, Duration.ofSeconds(5));

        PasswordHash hash = limited.hash(PASSWORD);

        assertThat(limited.verify(PASSWORD, hash)).isEqualTo(PasswordHasher.PasswordCheck.MATCH);
    }

    /** Starts {@code count} calls that hold their permits until {@link #release} opens. */
    private List<Future<PasswordHash>> holdPermits(PasswordHasher limited, int count) throws InterruptedException {
        List<Future<PasswordHash>> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            held.add(threads.submit(() -> limited.hash(PASSWORD)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (running.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(running).hasValue(count);
        return held;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void hashesOnThreadsOfLowerPriorityThanTheCaller() throws Exception {
        int callers = ThreadNiceness.ofCallingThread();
        AtomicInteger hashers = new AtomicInteger(Integer.MIN_VALUE);
        PasswordHasher recording = new PasswordHasher() {
            @Override
            public PasswordHash hash(ClearTextPassword password) {
                try {
                    hashers.set(ThreadNiceness.ofCallingThread());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return HASH;
            }

            @Override
            public PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
                hash(password);
                return PasswordCheck.MATCH;
            }
        };
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(recording, 1, Duration.ofSeconds(5));

        assertThat(limited.verify(PASSWORD, HASH)).isEqualTo(PasswordHasher.PasswordCheck.MATCH);

        assertThat(hashers.get()).isEqualTo(Math.max(callers, ConcurrencyLimitedPasswordHasher.HASHING_NICENESS));
        assertThat(ThreadNiceness.ofCallingThread()).isEqualTo(callers);
    }

    @Test
    void keepsThePermitUntilTheHashIsDoneEvenWhenTheCallerIsInterrupted() throws Exception {
        ConcurrencyLimitedPasswordHasher limited = new ConcurrencyLimitedPasswordHasher(blocking, 1, Duration.ZERO);
        Future<PasswordHash> caller = threads.submit(() -> limited.hash(PASSWORD));
        while (running.get() == 0) {
            Thread.sleep(10);
        }

        caller.cancel(true);

        assertThatThrownBy(() -> limited.hash(PASSWORD)).isInstanceOf(CapacityExceededException.class);
        assertThat(running).hasValue(1);
    }
}
