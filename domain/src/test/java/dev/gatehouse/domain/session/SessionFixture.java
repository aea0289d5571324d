package dev.gatehouse.domain.session;

import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Half an hour idle, twelve hours absolute, thirty days remembered; sessions that start at {@link #START}. */
final class SessionFixture {

    static final SessionLifetime LIFETIME =
            new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofDays(30));
    static final Instant START = Instant.parse("2025-03-04T09:00:00Z");
    static final UserId OWNER = new UserId(UUID.fromString("3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c"));
    static final SessionTokenHash TOKEN_HASH =
            new SessionTokenHash("8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8");

    private SessionFixture() {
    }

    static Session plainSession() {
        return Session.start(newId(), OWNER, TOKEN_HASH, START, false, LIFETIME, "Firefox");
    }

    static Session rememberedSession() {
        return Session.start(newId(), OWNER, TOKEN_HASH, START, true, LIFETIME, "Firefox");
    }

    static SessionId newId() {
        return new SessionId(UUID.randomUUID());
    }
}
