package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.argument;

import dev.gatehouse.application.port.out.RecoveryCodes;
import dev.gatehouse.application.port.out.TotpCredentials;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link TotpCredentials} in {@code totp_credentials} and {@link RecoveryCodes} in
 * {@code recovery_codes}. Every decision that must hold under concurrency (confirming, accepting a
 * step once, using a recovery code once) is one conditional statement whose row count answers.
 * Each method joins the transaction of a surrounding {@link JdbiTransactionRunner} on the same thread.
 */
public final class JdbiTotpCredentials implements TotpCredentials, RecoveryCodes {

    private final Jdbi jdbi;

    public JdbiTotpCredentials(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public boolean replacePending(UserId user, byte[] sealedSecret, Instant now) {
        // Not an upsert: with the driver's found-rows counting, an upsert that leaves a confirmed row
        // alone would still count one row. Replace a pending row, else add one; a confirmed row is
        // neither replaced nor duplicated (the primary key), and a racing first enrolment is replaced.
        return jdbi.withHandle(handle -> {
            if (replacePendingRow(handle, user, sealedSecret, now)) {
                return true;
            }
            int added = handle.createUpdate("""
                            INSERT IGNORE INTO totp_credentials (user_id, sealed_secret, created_at, confirmed_at, last_step)
                            VALUES (:userId, :secret, :now, NULL, -1)
                            """)
                    .bind("userId", user.toString())
                    .bind("secret", sealedSecret)
                    .bind("now", argument(now))
                    .execute();
            return added == 1 || replacePendingRow(handle, user, sealedSecret, now);
        });
    }

    private static boolean replacePendingRow(org.jdbi.v3.core.Handle handle, UserId user, byte[] sealedSecret,
                                             Instant now) {
        return handle.createUpdate("""
                        UPDATE totp_credentials SET sealed_secret = :secret, created_at = :now, last_step = -1
                         WHERE user_id = :userId AND confirmed_at IS NULL
                        """)
                .bind("userId", user.toString())
                .bind("secret", sealedSecret)
                .bind("now", argument(now))
                .execute() == 1;
    }

    @Override
    public Optional<StoredTotp> find(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT sealed_secret, confirmed_at, last_step FROM totp_credentials WHERE user_id = :userId")
                .bind("userId", user.toString())
                .map((rs, ctx) -> new StoredTotp(rs.getBytes("sealed_secret"),
                        rs.getObject("confirmed_at", LocalDateTime.class) != null, rs.getLong("last_step")))
                .findOne());
    }

    /** Asked on every request of a member of {@code mfa.requiredForRoles}: the flag alone, not the secret. */
    @Override
    public boolean confirmed(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT 1 FROM totp_credentials WHERE user_id = :userId AND confirmed_at IS NOT NULL")
                .bind("userId", user.toString())
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    @Override
    public boolean confirm(UserId user, byte[] checkedSecret, long step, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE totp_credentials SET confirmed_at = :now, last_step = :step
                         WHERE user_id = :userId AND confirmed_at IS NULL AND last_step < :step
                           AND sealed_secret = :checked
                        """)
                .bind("userId", user.toString())
                .bind("checked", checkedSecret)
                .bind("step", step)
                .bind("now", argument(now))
                .execute()) == 1;
    }

    @Override
    public boolean acceptStep(UserId user, long step) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE totp_credentials SET last_step = :step
                         WHERE user_id = :userId AND confirmed_at IS NOT NULL AND last_step < :step
                        """)
                .bind("userId", user.toString())
                .bind("step", step)
                .execute()) == 1;
    }

    @Override
    public boolean removeConfirmed(UserId user) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM totp_credentials WHERE user_id = :userId AND confirmed_at IS NOT NULL")
                .bind("userId", user.toString())
                .execute()) == 1;
    }

    @Override
    public void replace(UserId owner, List<RecoveryCodeHash> codes) {
        jdbi.useHandle(handle -> {
            handle.createUpdate("DELETE FROM recovery_codes WHERE user_id = :userId")
                    .bind("userId", owner.toString())
                    .execute();
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO recovery_codes (user_id, code_hash) VALUES (:userId, :codeHash)");
            codes.forEach(code -> batch.bind("userId", owner.toString()).bind("codeHash", code.hex()).add());
            batch.execute();
        });
    }

    @Override
    public boolean use(UserId owner, RecoveryCodeHash code) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM recovery_codes WHERE user_id = :userId AND code_hash = :codeHash")
                .bind("userId", owner.toString())
                .bind("codeHash", code.hex())
                .execute()) == 1;
    }

    @Override
    public int remaining(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = :userId")
                .bind("userId", owner.toString())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void removeAll(UserId owner) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM recovery_codes WHERE user_id = :userId")
                .bind("userId", owner.toString())
                .execute());
    }
}
