package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

// Rows are package-private, out of JDBI's reach: the default methods bind their fields one by one.
@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
@RegisterRowMapperFactory(RowMappers.class)
interface IssuedCodeDao {

    String SELECT_CODE = """
            SELECT user_id, purpose, code_hash, issued_at, expires_at, failed_attempts
              FROM login_codes
             WHERE user_id = :userId AND purpose = :purpose
            """;

    /**
     * One statement, so two requests for a code cannot both insert. The update part repeats the
     * parameters rather than using {@code VALUES(column)}, which MySQL 8.0.20 deprecates, or the row
     * alias that replaces it there, which MariaDB does not know.
     */
    @SqlUpdate("""
            INSERT INTO login_codes (user_id, purpose, code_hash, issued_at, expires_at, failed_attempts)
            VALUES (:userId, :purpose, :codeHash, :issuedAt, :expiresAt, :failedAttempts)
            ON DUPLICATE KEY UPDATE code_hash = :codeHash, issued_at = :issuedAt, expires_at = :expiresAt,
                                    failed_attempts = :failedAttempts
            """)
    void upsert(@Bind("userId") String userId, @Bind("purpose") String purpose, @Bind("codeHash") String codeHash,
                @Bind("issuedAt") LocalDateTime issuedAt, @Bind("expiresAt") LocalDateTime expiresAt,
                @Bind("failedAttempts") int failedAttempts);

    default void upsert(IssuedCodeRow code) {
        upsert(code.userId(), code.purpose(), code.codeHash(), code.issuedAt(), code.expiresAt(), code.failedAttempts());
    }

    @SqlQuery(SELECT_CODE)
    Optional<IssuedCodeRow> find(@Bind("userId") String userId, @Bind("purpose") String purpose);

    /** Holds the row until the transaction ends, so that parallel attempts on one code take turns. */
    @SqlQuery(SELECT_CODE + " FOR UPDATE")
    Optional<IssuedCodeRow> findForUpdate(@Bind("userId") String userId, @Bind("purpose") String purpose);

    @SqlUpdate("UPDATE login_codes SET failed_attempts = failed_attempts + 1 WHERE user_id = :userId AND purpose = :purpose")
    void countAttempt(@Bind("userId") String userId, @Bind("purpose") String purpose);

    @SqlUpdate("DELETE FROM login_codes WHERE user_id = :userId AND purpose = :purpose")
    void delete(@Bind("userId") String userId, @Bind("purpose") String purpose);

    /** Reads ix_login_codes_expires_at. A code is dead from its expiry on. */
    @SqlUpdate("DELETE FROM login_codes WHERE expires_at <= :now")
    int deleteExpiredBy(@Bind("now") LocalDateTime now);
}
