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

    @SqlUpdate("""
            INSERT INTO login_codes (user_id, purpose, code_hash, issued_at, expires_at, failed_attempts)
            VALUES (:userId, :purpose, :codeHash, :issuedAt, :expiresAt, :failedAttempts)
            """)
    void insert(@Bind("userId") String userId, @Bind("purpose") String purpose, @Bind("codeHash") String codeHash,
                @Bind("issuedAt") LocalDateTime issuedAt, @Bind("expiresAt") LocalDateTime expiresAt,
                @Bind("failedAttempts") int failedAttempts);

    default void insert(IssuedCodeRow code) {
        insert(code.userId(), code.purpose(), code.codeHash(), code.issuedAt(), code.expiresAt(), code.failedAttempts());
    }

    /** Holds the owner's account row until the transaction ends: the lock every code writer takes first. */
    @SqlQuery("SELECT id FROM users WHERE id = :userId FOR UPDATE")
    Optional<String> lockOwner(@Bind("userId") String userId);

    /**
     * A locking read, so it sees what committed while this transaction waited for the owner's lock:
     * a plain read would answer from the snapshot of the transaction's first read, which the
     * caller's transaction may have taken before (the code request looks the account up first).
     */
    @SqlQuery("""
            SELECT COUNT(*) FROM login_codes WHERE user_id = :userId AND purpose = :purpose AND issued_at > :after
               FOR UPDATE
            """)
    int countIssuedAfter(@Bind("userId") String userId, @Bind("purpose") String purpose,
                         @Bind("after") LocalDateTime after);

    /** The id of the code just older than the {@code kept} newest ones, if there is one. */
    @SqlQuery("""
            SELECT id FROM login_codes WHERE user_id = :userId AND purpose = :purpose
             ORDER BY id DESC LIMIT 1 OFFSET :kept
            """)
    Optional<Long> firstPushedOut(@Bind("userId") String userId, @Bind("purpose") String purpose, @Bind("kept") int kept);

    @SqlUpdate("DELETE FROM login_codes WHERE user_id = :userId AND purpose = :purpose AND id <= :id")
    void deleteUpTo(@Bind("userId") String userId, @Bind("purpose") String purpose, @Bind("id") long id);

    @SqlQuery("""
            SELECT user_id, purpose, code_hash, issued_at, expires_at, failed_attempts
              FROM login_codes
             WHERE user_id = :userId AND purpose = :purpose
             ORDER BY id DESC LIMIT 1
            """)
    Optional<IssuedCodeRow> findNewest(@Bind("userId") String userId, @Bind("purpose") String purpose);

    /**
     * Uses up a live code with this hash. The row count decides: of parallel callers with the same
     * code, one deletes the row and the others, after waiting for its lock, find nothing. One row at
     * most: two live codes may, rarely, be the same six digits, and each is good for one use.
     */
    @SqlUpdate("""
            DELETE FROM login_codes
             WHERE user_id = :userId AND purpose = :purpose AND code_hash = :codeHash
               AND expires_at > :now AND failed_attempts < :maxAttempts
             ORDER BY id LIMIT 1
            """)
    int consume(@Bind("userId") String userId, @Bind("purpose") String purpose, @Bind("codeHash") String codeHash,
                @Bind("now") LocalDateTime now, @Bind("maxAttempts") int maxAttempts);

    /** @return how many live codes the wrong attempt was counted against */
    @SqlUpdate("""
            UPDATE login_codes SET failed_attempts = failed_attempts + 1
             WHERE user_id = :userId AND purpose = :purpose AND expires_at > :now AND failed_attempts < :maxAttempts
            """)
    int countWrongAttempt(@Bind("userId") String userId, @Bind("purpose") String purpose,
                          @Bind("now") LocalDateTime now, @Bind("maxAttempts") int maxAttempts);

    @SqlUpdate("DELETE FROM login_codes WHERE user_id = :userId AND purpose = :purpose")
    void deleteAll(@Bind("userId") String userId, @Bind("purpose") String purpose);

    /** Reads ix_login_codes_expires_at. A code is dead from its expiry on. */
    @SqlUpdate("DELETE FROM login_codes WHERE expires_at <= :now")
    int deleteExpiredBy(@Bind("now") LocalDateTime now);
}
