package dev.gatehouse.crypto;

import dev.gatehouse.application.port.out.CodeGenerator;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.domain.user.UserId;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * Session and registration tokens of 256 random bits, random (version 4) UUIDs and six-digit one-time codes, all
 * from one {@link SecureRandom}, which is safe to share between threads.
 */
public final class SecureRandomTokens implements TokenGenerator, IdGenerator, CodeGenerator {

    private static final int TOKEN_BYTES = 32;
    private static final int CODE_RANGE = 1_000_000;

    private final SecureRandom random;

    public SecureRandomTokens() {
        this(new SecureRandom());
    }

    public SecureRandomTokens(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public SessionToken newSessionToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        try {
            return SessionToken.fromRandomBytes(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public RegistrationToken newRegistrationToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        try {
            return RegistrationToken.fromRandomBytes(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public UserId newUserId() {
        return new UserId(randomUuid());
    }

    @Override
    public SessionId newSessionId() {
        return new SessionId(randomUuid());
    }

    /** Uniform over 000000 to 999999: {@code nextInt(bound)} rejects the draws that would bias a modulo. */
    @Override
    public OneTimeCode newCode() {
        return OneTimeCode.fromNumber(random.nextInt(CODE_RANGE));
    }

    private UUID randomUuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
