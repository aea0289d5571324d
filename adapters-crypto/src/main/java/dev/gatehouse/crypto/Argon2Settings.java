package dev.gatehouse.crypto;

/**
 * Cost of an Argon2id hash: memory in KiB, passes over it, and lanes.
 *
 * @see #OWASP_MINIMUM
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

    /** OWASP's recommended minimum for Argon2id: 19 MiB, two passes, one lane. */
    public static final Argon2Settings OWASP_MINIMUM = new Argon2Settings(19_456, 2, 1);

    public Argon2Settings {
        if (parallelism < 1 || iterations < 1) {
            throw new IllegalArgumentException("Argon2 needs at least one lane and one pass");
        }
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs at least 8 KiB of memory per lane");
        }
    }
}
