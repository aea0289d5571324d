package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

// Rows are package-private, out of JDBI's reach: the default methods bind their fields one by one.
@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
@RegisterRowMapperFactory(RowMappers.class)
interface SessionDao {

    String SESSION_COLUMNS = "s.id, s.user_id, s.token_hash, s.created_at, s.last_seen_at, s.absolute_expires_at,"
            + " s.remember_me, s.user_agent, s.token_issued_at, s.replaced_token_hash,"
            + " s.sign_in_method";

    @SqlUpdate("""
            INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, absolute_expires_at,
                                  remember_me, user_agent, token_issued_at, replaced_token_hash, sign_in_method)
            VALUES (:id, :tokenHash, :userId, :createdAt, :lastSeenAt, :absoluteExpiresAt, :rememberMe, :userAgent,
                    :tokenIssuedAt, :replacedTokenHash, :signInMethod)
            """)
    void insert(@Bind("id") String id, @Bind("tokenHash") String tokenHash, @Bind("userId") String userId,
                @Bind("createdAt") LocalDateTime createdAt, @Bind("lastSeenAt") LocalDateTime lastSeenAt,
                @Bind("absoluteExpiresAt") LocalDateTime absoluteExpiresAt, @Bind("rememberMe") boolean rememberMe,
                @Bind("userAgent") String userAgent, @Bind("tokenIssuedAt") LocalDateTime tokenIssuedAt,
                @Bind("replacedTokenHash") String replacedTokenHash, @Bind("signInMethod") String signInMethod);

    default void insert(SessionRow session) {
        insert(session.id(), session.tokenHash(), session.userId(), session.createdAt(), session.lastSeenAt(),
                session.absoluteExpiresAt(), session.rememberMe(), session.userAgent(), session.tokenIssuedAt(),
                session.replacedTokenHash(), session.signInMethod());
    }

    /** Compare-and-set on the current token: of two rotations at once, only the first takes. */
    @SqlUpdate("""
            UPDATE sessions SET token_hash = :tokenHash, replaced_token_hash = :replacedTokenHash,
                                token_issued_at = :tokenIssuedAt
             WHERE id = :id AND token_hash = :replacedTokenHash
            """)
    int replaceToken(@Bind("id") String id, @Bind("tokenHash") String tokenHash,
                     @Bind("replacedTokenHash") String replacedTokenHash, @Bind("tokenIssuedAt") LocalDateTime tokenIssuedAt);

    @SqlQuery(SessionCheckDao.SELECT_WITH_USER + " WHERE s.replaced_token_hash = :replacedTokenHash")
    Optional<SessionWithUserRow> findWithUserByReplacedTokenHash(@Bind("replacedTokenHash") String replacedTokenHash);

    @SqlQuery("SELECT " + SESSION_COLUMNS + " FROM sessions s WHERE s.user_id = :userId")
    List<SessionRow> findByUser(@Bind("userId") String userId);

    /** Never moves the mark back, so a late write from a slow request cannot undo a newer one. */
    @SqlUpdate("UPDATE sessions SET last_seen_at = :lastSeenAt WHERE id = :id AND last_seen_at < :lastSeenAt")
    void recordLastSeen(@Bind("id") String id, @Bind("lastSeenAt") LocalDateTime lastSeenAt);

    /** Many marks in one JDBC batch; by the same rule as {@link #recordLastSeen(String, LocalDateTime)}. */
    @SqlBatch("UPDATE sessions SET last_seen_at = :lastSeenAt WHERE id = :id AND last_seen_at < :lastSeenAt")
    void recordLastSeenAll(@Bind("id") List<String> ids, @Bind("lastSeenAt") List<LocalDateTime> lastSeenAts);

    @SqlUpdate("DELETE FROM sessions WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlUpdate("DELETE FROM sessions WHERE id = :id AND user_id = :userId")
    int deleteOwnedBy(@Bind("userId") String userId, @Bind("id") String id);

    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId")
    int deleteAllOf(@Bind("userId") String userId);

    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId AND id <> :kept")
    int deleteAllOfExcept(@Bind("userId") String userId, @Bind("kept") String kept);

    /**
     * Two statements rather than one with {@code OR}, so that each reads its own index
     * (ix_sessions_absolute_expires_at, ix_sessions_remember_me_last_seen_at) instead of scanning,
     * and locking, the whole table. A session that both have ended is counted once. No transaction
     * of its own: nothing needs the two to commit together, and each holds its locks shorter alone.
     */
    default int deleteExpired(LocalDateTime now, LocalDateTime idleCutoff) {
        return deleteEndedBy(now) + deleteIdlePlainSince(idleCutoff);
    }

    @SqlUpdate("DELETE FROM sessions WHERE absolute_expires_at <= :now")
    int deleteEndedBy(@Bind("now") LocalDateTime now);

    /** Remember-me sessions have no idle limit. */
    @SqlUpdate("DELETE FROM sessions WHERE remember_me = FALSE AND last_seen_at <= :idleCutoff")
    int deleteIdlePlainSince(@Bind("idleCutoff") LocalDateTime idleCutoff);
}
