package dev.gatehouse.crypto;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of hashes and verifications run at once. Each Argon2id call holds
 * its memory cost (19 MiB by default) outside the Java heap, so a flood of logins would otherwise
 * grow native memory without bound. A call that cannot start within {@code maxWait} fails with
 * {@link CapacityExceededException} rather than queueing for ever; waiting calls are served in
 * arrival order.
 *
 * <p>The hashes run on threads of their own whose scheduling priority is lowered on Linux (nice
 * {@value #HASHING_NICENESS}): a login flood then uses the CPU that nothing else wants, but cannot
 * starve the session checks every other request makes. With no other work the hashes still get
 * every core. The caller waits for its hash.
 */
public final class ConcurrencyLimitedPasswordHasher implements PasswordHasher {

    /** What a refused client is told to wait: long enough for the queue ahead of it to drain. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final int HASHING_NICENESS = 10;
    private static final String RESOURCE = "Password hashing";

    private final PasswordHasher delegate;
    private final Semaphore permits;
    private final Duration maxWait;
    private final ExecutorService hashingThreads;

    /** At most one call per available processor: more would only queue inside the CPU. */
    public ConcurrencyLimitedPasswordHasher(PasswordHasher delegate, Duration maxWait) {
        this(delegate, Runtime.getRuntime().availableProcessors(), maxWait);
    }

    public ConcurrencyLimitedPasswordHasher(PasswordHasher delegate, int maxConcurrent, Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be positive");
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait cannot be negative");
        }
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
        // As many threads as permits: a call holding a permit never waits for a thread.
        this.hashingThreads = Executors.newFixedThreadPool(maxConcurrent, new LowPriorityThreads());
    }

    @Override
    public PasswordHash hash(ClearTextPassword password) {
        return limited(() -> delegate.hash(password));
    }

    @Override
    public PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
        return limited(() -> delegate.verify(password, hash));
    }

    private <T> T limited(Supplier<T> work) {
        acquire();
        CompletableFuture<T> result;
        try {
            // The permit goes back when the hash is done, not when its caller stops waiting: the
            // number of hashes computing at once never exceeds the permits.
            result = CompletableFuture.supplyAsync(work, hashingThreads)
                    .whenComplete((value, failure) -> permits.release());
        } catch (RuntimeException notStarted) {
            permits.release();
            throw notStarted;
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new CapacityExceededException(RESOURCE, RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CapacityExceededException(RESOURCE, RETRY_AFTER);
        }
    }

    /** Daemon threads that lower their own priority before their first hash. */
    private static final class LowPriorityThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(() -> {
                ThreadNiceness.lowerCallingThreadTo(HASHING_NICENESS);
                work.run();
            }, "password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
