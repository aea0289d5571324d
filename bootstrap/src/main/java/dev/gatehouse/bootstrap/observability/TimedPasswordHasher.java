package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;

/**
 * Times the hashing itself. It goes inside the concurrency limit, so the timers show what one
 * Argon2id call costs on this machine, not how long requests queued for a slot.
 */
final class TimedPasswordHasher implements PasswordHasher {

    private final PasswordHasher delegate;
    private final Timer hashing;
    private final Timer verifying;

    TimedPasswordHasher(PasswordHasher delegate, MetricRegistry metrics) {
        this.delegate = delegate;
        this.hashing = metrics.timer(GatehouseMetrics.PASSWORD_HASH);
        this.verifying = metrics.timer(GatehouseMetrics.PASSWORD_VERIFY);
    }

    @Override
    public PasswordHash hash(ClearTextPassword password) {
        try (Timer.Context ignored = hashing.time()) {
            return delegate.hash(password);
        }
    }

    @Override
    public PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
        try (Timer.Context ignored = verifying.time()) {
            return delegate.verify(password, hash);
        }
    }
}
