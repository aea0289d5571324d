package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PasskeyChallenges} in {@code passkey_challenges}, by the challenge's SHA-256. Taking one
 * is a single conditional DELETE: of any number of answers at once, exactly one deletes the row.
 */
public final class JdbiPasskeyChallenges implements PasskeyChallenges {

    private final Jdbi jdbi;

    public JdbiPasskeyChallenges(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(PasskeyChallenge challenge, ChallengePurpose purpose, Optional<UserId> user, Instant expiresAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO passkey_challenges (challenge_hash, purpose, user_id, expires_at)
                        VALUES (:hash, :purpose, :user, :expiresAt)
                        """)
                .bind("hash", challenge.hash())
                .bind("purpose", purpose.id())
                .bind("user", user.map(UserId::toString).orElse(null))
                .bind("expiresAt", UtcDateTimes.toColumn(expiresAt))
                .execute());
    }

    @Override
    public boolean take(PasskeyChallenge challenge, ChallengePurpose purpose, Optional<UserId> user, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM passkey_challenges
                         WHERE challenge_hash = :hash AND purpose = :purpose AND user_id <=> :user AND expires_at > :now
                        """)
                .bind("hash", challenge.hash())
                .bind("purpose", purpose.id())
                .bind("user", user.map(UserId::toString).orElse(null))
                .bind("now", UtcDateTimes.toColumn(now))
                .execute()) == 1;
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM passkey_challenges WHERE expires_at <= :now")
                .bind("now", UtcDateTimes.toColumn(now))
                .execute());
    }
}
