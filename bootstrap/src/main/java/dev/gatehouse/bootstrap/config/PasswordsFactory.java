package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.crypto.Argon2Settings;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public class PasswordsFactory {

    @JsonProperty
    @Min(8)
    @Max(1024)
    private int minLength = 12;

    /** Argon2id memory in KiB; OWASP's minimum configuration is 19 MiB with two passes. */
    @JsonProperty
    @Min(8192)
    private int argon2MemoryKib = 19456;

    @JsonProperty
    @Min(1)
    private int argon2Iterations = 2;

    @JsonProperty
    @Min(1)
    private int argon2Parallelism = 1;

    /** Hashes computed at once; 0 means one per processor. Bounds memory under a login flood. */
    @JsonProperty
    @Min(0)
    private int maxConcurrentHashes = 0;

    /** How long a sign-in may wait for a hashing slot before it is answered 503. */
    @JsonProperty
    @NotNull
    private Duration maxHashWait = Duration.seconds(10);

    public int minLength() {
        return minLength;
    }

    public Argon2Settings argon2() {
        return new Argon2Settings(argon2MemoryKib, argon2Iterations, argon2Parallelism);
    }

    public int maxConcurrentHashes() {
        return maxConcurrentHashes > 0 ? maxConcurrentHashes : Runtime.getRuntime().availableProcessors();
    }

    public java.time.Duration maxHashWait() {
        return maxHashWait.toJavaDuration();
    }
}
