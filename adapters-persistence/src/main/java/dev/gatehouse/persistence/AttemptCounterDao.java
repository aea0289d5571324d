package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
@RegisterRowMapperFactory(RowMappers.class)
interface AttemptCounterDao {

    @SqlQuery("SELECT attempts, window_started_at, locked_until FROM attempt_counters WHERE key_hash = :keyHash")
    Optional<AttemptCounterRow> find(@Bind("keyHash") String keyHash);

    /** Locks the row (or, with none, the gap where it goes) until the transaction ends. */
    @SqlQuery("SELECT attempts, window_started_at, locked_until FROM attempt_counters WHERE key_hash = :keyHash FOR UPDATE")
    Optional<AttemptCounterRow> findForUpdate(@Bind("keyHash") String keyHash);

    /** A fresh row, unless the key has one: its own statement, so the counting transaction finds a row to lock. */
    @SqlUpdate("""
            INSERT IGNORE INTO attempt_counters (key_hash, scope, attempts, window_started_at, locked_until)
            VALUES (:keyHash, :scope, 0, :now, NULL)
            """)
    void insertIfAbsent(@Bind("keyHash") String keyHash, @Bind("scope") String scope, @Bind("now") LocalDateTime now);

    @SqlUpdate("""
            INSERT INTO attempt_counters (key_hash, scope, attempts, window_started_at, locked_until)
            VALUES (:keyHash, :scope, :attempts, :windowStartedAt, :lockedUntil)
            ON DUPLICATE KEY UPDATE attempts = VALUES(attempts), window_started_at = VALUES(window_started_at),
                                    locked_until = VALUES(locked_until)
            """)
    void save(@Bind("keyHash") String keyHash, @Bind("scope") String scope, @Bind("attempts") int attempts,
              @Bind("windowStartedAt") LocalDateTime windowStartedAt, @Bind("lockedUntil") LocalDateTime lockedUntil);

    @SqlUpdate("UPDATE attempt_counters SET attempts = attempts - 1 WHERE key_hash = :keyHash AND attempts > 0")
    void takeBackOne(@Bind("keyHash") String keyHash);

    @SqlUpdate("DELETE FROM attempt_counters WHERE key_hash = :keyHash")
    void delete(@Bind("keyHash") String keyHash);

    /** Reads ix_attempt_counters_window_started_at. */
    @SqlUpdate("""
            DELETE FROM attempt_counters
            WHERE window_started_at < :cutoff AND (locked_until IS NULL OR locked_until < :cutoff)
            """)
    int deleteIdleSince(@Bind("cutoff") LocalDateTime cutoff);
}
