package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
@RegisterRowMapperFactory(RowMappers.class)
interface AuditEventDao {

    @SqlUpdate("""
            INSERT INTO audit_events (occurred_at, type, actor_id, actor_email, subject_id, subject_email, detail,
                                      client_address, user_agent)
            VALUES (:occurredAt, :type, :actorId, :actorEmail, :subjectId, :subjectEmail, :detail,
                    :clientAddress, :userAgent)
            """)
    void insert(@Bind("occurredAt") LocalDateTime occurredAt, @Bind("type") String type,
                @Bind("actorId") String actorId, @Bind("actorEmail") String actorEmail,
                @Bind("subjectId") String subjectId, @Bind("subjectEmail") String subjectEmail,
                @Bind("detail") String detail, @Bind("clientAddress") String clientAddress,
                @Bind("userAgent") String userAgent);

    default void insert(AuditEventRow row) {
        insert(row.occurredAt(), row.type(), row.actorId(), row.actorEmail(), row.subjectId(), row.subjectEmail(),
                row.detail(), row.clientAddress(), row.userAgent());
    }

    /** Reads ix_audit_events_occurred_at_id backwards. */
    @SqlQuery("SELECT * FROM audit_events ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<AuditEventRow> newestFirst(@Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM audit_events")
    long count();

    @SqlUpdate("DELETE FROM audit_events WHERE occurred_at < :cutoff")
    int deleteBefore(@Bind("cutoff") LocalDateTime cutoff);
}
