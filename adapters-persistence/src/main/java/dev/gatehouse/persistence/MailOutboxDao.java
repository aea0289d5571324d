package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
@RegisterRowMapperFactory(RowMappers.class)
interface MailOutboxDao {

    /** Due at once, with no attempt yet. */
    @SqlUpdate("""
            INSERT INTO mail_outbox (kind, recipient, sealed_code, valid_for_seconds, occurred_at, user_agent,
                                     other_address, timezone, enqueued_at, next_attempt_at, attempts)
            VALUES (:kind, :recipient, :sealedCode, :validForSeconds, :occurredAt, :userAgent,
                    :otherAddress, :timezone, :now, :now, 0)
            """)
    void insert(@Bind("kind") String kind, @Bind("recipient") String recipient, @Bind("sealedCode") byte[] sealedCode,
                @Bind("validForSeconds") int validForSeconds, @Bind("occurredAt") LocalDateTime occurredAt,
                @Bind("userAgent") String userAgent, @Bind("otherAddress") String otherAddress,
                @Bind("timezone") String timezone, @Bind("now") LocalDateTime now);

    /**
     * Locks up to {@code limit} due rows, oldest due first, passing over rows that another claimer
     * holds locked instead of waiting for them ({@code SKIP LOCKED}: MySQL 8.0, MariaDB 10.6). Reads
     * ix_mail_outbox_next_attempt_at, which holds the primary key as its last column, so the order
     * costs no sort.
     */
    @SqlQuery("""
            SELECT id, kind, recipient, sealed_code, valid_for_seconds, occurred_at, user_agent, other_address, timezone,
                   enqueued_at, attempts
              FROM mail_outbox
             WHERE next_attempt_at <= :now
             ORDER BY next_attempt_at, id
             LIMIT :limit
               FOR UPDATE SKIP LOCKED
            """)
    List<QueuedMailRow> lockDue(@Bind("now") LocalDateTime now, @Bind("limit") int limit);

    @SqlUpdate("UPDATE mail_outbox SET next_attempt_at = :leaseEnd, attempts = attempts + 1 WHERE id IN (<ids>)")
    void lease(@BindList("ids") List<Long> ids, @Bind("leaseEnd") LocalDateTime leaseEnd);

    /**
     * Two statements, because MariaDB refuses {@code LIMIT} in an {@code IN} subquery. Once this
     * transaction commits the rows are no longer due before {@code leaseEnd}, so a claimer that skipped
     * them while they were locked does not find them afterwards either.
     *
     * @return the rows as they were before the claim
     */
    @Transaction
    default List<QueuedMailRow> claimDue(LocalDateTime now, int limit, LocalDateTime leaseEnd) {
        List<QueuedMailRow> due = lockDue(now, limit);
        if (!due.isEmpty()) {
            lease(due.stream().map(QueuedMailRow::id).toList(), leaseEnd);
        }
        return due;
    }

    @SqlUpdate("DELETE FROM mail_outbox WHERE id = :id")
    void delete(@Bind("id") long id);

    @SqlUpdate("UPDATE mail_outbox SET next_attempt_at = :nextAttemptAt WHERE id = :id")
    void retryAt(@Bind("id") long id, @Bind("nextAttemptAt") LocalDateTime nextAttemptAt);

    @SqlQuery("SELECT COUNT(*) FROM mail_outbox")
    int count();
}
