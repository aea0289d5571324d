package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.RegistrationToken;
import java.util.Random;

/** Repeatable session tokens: 32 bytes each from a {@link Random} with a fixed seed. Not for production. */
public final class SeededTokens implements TokenGenerator {

    public static final long DEFAULT_SEED = 20250304L;

    private final Random random;

    public SeededTokens() {
        this(DEFAULT_SEED);
    }

    public SeededTokens(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public synchronized SessionToken newSessionToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return SessionToken.fromRandomBytes(bytes);
    }

    @Override
    public synchronized RegistrationToken newRegistrationToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return RegistrationToken.fromRandomBytes(bytes);
    }
}
