package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@link Passkeys} in the {@code passkeys} table. A credential id is unique across all accounts (a
 * unique key); a use is recorded by one UPDATE whose WHERE clause is the counter rule, so its row
 * count says whether the count moved forward, however many sign-ins race.
 */
public final class JdbiPasskeys implements Passkeys {

    private static final String COLUMNS =
            "id, user_id, credential_id, public_key_cose, sign_count, user_handle, name, created_at, last_used_at";

    private static final int MYSQL_DUPLICATE_KEY = 1062;

    private final Jdbi jdbi;

    public JdbiPasskeys(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public boolean add(Passkey passkey) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO passkeys (" + COLUMNS + ") VALUES "
                            + "(:id, :user, :credential, :key, :count, :handle, :name, :created, :lastUsed)")
                    .bind("id", passkey.id().toString())
                    .bind("user", passkey.user().toString())
                    .bind("credential", passkey.credentialId().bytes())
                    .bind("key", passkey.publicKeyCose())
                    .bind("count", passkey.signCount())
                    .bind("handle", passkey.userHandle())
                    .bind("name", passkey.name().value())
                    .bind("created", UtcDateTimes.toColumn(passkey.createdAt()))
                    .bind("lastUsed", passkey.lastUsedAt().map(UtcDateTimes::toColumn).orElse(null))
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException failed) {
            if (failed.getCause() instanceof SQLIntegrityConstraintViolationException duplicate
                    && duplicate.getErrorCode() == MYSQL_DUPLICATE_KEY) {
                return false;
            }
            throw failed;
        }
    }

    @Override
    public List<Passkey> ofUser(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM passkeys WHERE user_id = :user ORDER BY created_at, id")
                .bind("user", user.toString())
                .map(JdbiPasskeys::read)
                .list());
    }

    @Override
    public Optional<Passkey> findByCredentialId(CredentialId credentialId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = :credential")
                .bind("credential", credentialId.bytes())
                .map(JdbiPasskeys::read)
                .findOne());
    }

    @Override
    public boolean remove(UserId user, PasskeyId passkey) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM passkeys WHERE id = :id AND user_id = :user")
                .bind("id", passkey.toString())
                .bind("user", user.toString())
                .execute()) == 1;
    }

    @Override
    public boolean recordUse(PasskeyId passkey, long presented, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE passkeys SET sign_count = :presented, last_used_at = :at
                         WHERE id = :id AND (sign_count < :presented OR (sign_count = 0 AND :presented = 0))
                        """)
                .bind("id", passkey.toString())
                .bind("presented", presented)
                .bind("at", UtcDateTimes.toColumn(at))
                .execute()) == 1;
    }

    private static Passkey read(ResultSet row, StatementContext context) throws SQLException {
        LocalDateTime lastUsed = row.getObject("last_used_at", LocalDateTime.class);
        return new Passkey(
                PasskeyId.parse(row.getString("id")),
                UserId.parse(row.getString("user_id")),
                CredentialId.of(row.getBytes("credential_id")),
                row.getBytes("public_key_cose"),
                row.getLong("sign_count"),
                row.getBytes("user_handle"),
                new PasskeyName(row.getString("name")),
                UtcDateTimes.toInstant(row.getObject("created_at", LocalDateTime.class)),
                Optional.ofNullable(lastUsed).map(UtcDateTimes::toInstant));
    }
}
