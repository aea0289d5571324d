package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.argument;
import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.application.port.out.SecondFactorChallenges;
import dev.gatehouse.domain.mfa.SecondFactorChallenge;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link SecondFactorChallenges} in {@code second_factor_challenges}, found by token hash. */
public final class JdbiSecondFactorChallenges implements SecondFactorChallenges {

    private final Jdbi jdbi;

    public JdbiSecondFactorChallenges(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(SecondFactorChallenge challenge, Instant now) {
        jdbi.useHandle(handle -> {
            // Reads ix_second_factor_challenges_expires_at: ended challenges go as new ones come.
            handle.createUpdate("DELETE FROM second_factor_challenges WHERE expires_at <= :now")
                    .bind("now", argument(now))
                    .execute();
            handle.createUpdate("""
                            INSERT INTO second_factor_challenges
                              (token_hash, user_id, first_factor, remember_me, created_at, expires_at, attempts)
                            VALUES (:tokenHash, :userId, :firstFactor, :rememberMe, :createdAt, :expiresAt, 0)
                            """)
                    .bind("tokenHash", challenge.tokenHash())
                    .bind("userId", challenge.userId().toString())
                    .bind("firstFactor", challenge.firstFactor().name().toLowerCase(Locale.ROOT))
                    .bind("rememberMe", challenge.rememberMe())
                    .bind("createdAt", argument(challenge.createdAt()))
                    .bind("expiresAt", argument(challenge.expiresAt()))
                    .execute();
        });
    }

    @Override
    public Optional<SecondFactorChallenge> admitAttempt(String tokenHash, Instant now, int maxAttempts) {
        return jdbi.withHandle(handle -> {
            int admitted = handle.createUpdate("""
                            UPDATE second_factor_challenges SET attempts = attempts + 1
                             WHERE token_hash = :tokenHash AND expires_at > :now AND attempts < :maxAttempts
                            """)
                    .bind("tokenHash", tokenHash)
                    .bind("now", argument(now))
                    .bind("maxAttempts", maxAttempts)
                    .execute();
            if (admitted != 1) {
                return Optional.<SecondFactorChallenge>empty();
            }
            return handle.createQuery("""
                            SELECT token_hash, user_id, first_factor, remember_me, created_at, expires_at
                              FROM second_factor_challenges WHERE token_hash = :tokenHash
                            """)
                    .bind("tokenHash", tokenHash)
                    .map((rs, ctx) -> new SecondFactorChallenge(rs.getString("token_hash"),
                            UserId.parse(rs.getString("user_id")),
                            SignInMethod.valueOf(rs.getString("first_factor").toUpperCase(Locale.ROOT)),
                            rs.getBoolean("remember_me"),
                            toInstant(rs.getObject("created_at", LocalDateTime.class)),
                            toInstant(rs.getObject("expires_at", LocalDateTime.class))))
                    .findOne();
        });
    }

    @Override
    public boolean consume(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM second_factor_challenges WHERE token_hash = :tokenHash")
                .bind("tokenHash", tokenHash)
                .execute()) == 1;
    }
}
