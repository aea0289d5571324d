package dev.gatehouse.persistence.credentials;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of hashes and verifications run at once. Each Argon2id call holds
 * its memory cost (19 MiB by default) outside the Java heap, so a flood of logins would otherwise
 * grow native memory without bound. A call that cannot start within {@code maxWait} fails with
 * {@link CapacityExceededException} rather than queueing for ever; waiting calls are served in
 * arrival order.
 */
public final class ConcurrencyLimitedPasswordHasher implements PasswordHasher {

    /** What a refused client is told to wait: long enough for the queue ahead of it to drain. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final String RESOURCE = "Password hashing";

    private final PasswordHasher delegate;
    private final Semaphore permits;
    private final Duration maxWait;

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
        try {
            return work.get();
        } finally {
            permits.release();
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
}
