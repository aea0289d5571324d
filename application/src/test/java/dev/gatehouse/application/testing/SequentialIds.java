package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable ids: user ids are {@code 00000000-0000-0000-0001-<n>}, session ids
 * {@code 00000000-0000-0000-0002-<n>}, with n counting from 1, so the two kinds never collide.
 */
public final class SequentialIds implements IdGenerator {

    private static final long USER_PREFIX = 1L << 48;
    private static final long SESSION_PREFIX = 2L << 48;

    private final AtomicLong users = new AtomicLong();
    private final AtomicLong sessions = new AtomicLong();

    @Override
    public UserId newUserId() {
        return new UserId(new UUID(0, USER_PREFIX | users.incrementAndGet()));
    }

    @Override
    public SessionId newSessionId() {
        return new SessionId(new UUID(0, SESSION_PREFIX | sessions.incrementAndGet()));
    }

    public static UserId userId(long n) {
        return new UserId(new UUID(0, USER_PREFIX | n));
    }

    public static SessionId sessionId(long n) {
        return new SessionId(new UUID(0, SESSION_PREFIX | n));
    }
}
