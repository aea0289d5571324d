package dev.gatehouse.bench;

import dev.gatehouse.application.port.out.PasswordHasher.PasswordCheck;
import dev.gatehouse.crypto.Argon2Settings;
import dev.gatehouse.crypto.Argon2idPasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Argon2id hash and one verification at the cost the server uses by default (OWASP's minimum,
 * as in {@code bench/benchmark.yml}), on one thread: {@code verify} is {@code t_hash}, the work of
 * one password sign-in, and {@code cores / t_hash} the most sign-ins a machine can do per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHasherBenchmark {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2Settings.OWASP_MINIMUM);
    private final ClearTextPassword password = new ClearTextPassword("benchmark passphrase, long enough");
    private PasswordHash stored;

    @Setup
    public void hashOnce() {
        stored = hasher.hash(password);
    }

    @Benchmark
    public PasswordCheck verify() {
        return hasher.verify(password, stored);
    }

    @Benchmark
    public PasswordHash hash() {
        return hasher.hash(password);
    }
}
