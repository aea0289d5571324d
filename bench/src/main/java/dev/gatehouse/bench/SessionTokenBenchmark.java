package dev.gatehouse.bench;

import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.session.SessionTokenHash;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU side of sessions: a new token at sign-in, and per request the parse of the presented
 * token and its SHA-256 (the lookup key), plus the CSRF token derived for cookie writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SessionTokenBenchmark {

    private final SecureRandomTokens tokens = new SecureRandomTokens();
    private final SessionToken token = tokens.newSessionToken();
    private final String presented = token.value();

    @Benchmark
    public SessionToken newToken() {
        return tokens.newSessionToken();
    }

    /** What the auth filter does before the database lookup. */
    @Benchmark
    public SessionTokenHash parseAndHash() {
        Optional<SessionToken> parsed = SessionToken.parse(presented);
        return parsed.orElseThrow().hash();
    }

    @Benchmark
    public String csrfToken() {
        return token.csrfToken();
    }
}
