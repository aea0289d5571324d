package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

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

    /** Reads ix_audit_events_subject_id and ix_audit_events_actor_id. */
    @SqlQuery("""
            SELECT * FROM audit_events WHERE subject_id = :id
            UNION
            SELECT * FROM audit_events WHERE actor_id = :id
            ORDER BY occurred_at DESC, id DESC
            """)
    List<AuditEventRow> about(@Bind("id") String id);

    /**
     * Renames an account in every row that names it, one index each (so only those rows are
     * locked): as subject by id, as subject by address where no id was known (a refused attempt
     * for the address), as actor by id (an actor is always a signed-in account, so has one).
     * Rows naming the address under another account's id are that account's history, not this one's.
     */
    @Transaction
    default void pseudonymise(String id, String email, String pseudonymId, String pseudonymEmail) {
        renameSubjectById(id, pseudonymId, pseudonymEmail);
        renameUnknownSubjectByEmail(email, pseudonymId, pseudonymEmail);
        renameActorById(id, pseudonymId, pseudonymEmail);
    }

    @SqlUpdate("UPDATE audit_events SET subject_id = :pid, subject_email = :pemail WHERE subject_id = :id")
    int renameSubjectById(@Bind("id") String id, @Bind("pid") String pseudonymId, @Bind("pemail") String pseudonymEmail);

    @SqlUpdate("""
            UPDATE audit_events SET subject_id = :pid, subject_email = :pemail
             WHERE subject_email = :email AND subject_id IS NULL
            """)
    int renameUnknownSubjectByEmail(@Bind("email") String email, @Bind("pid") String pseudonymId,
                                    @Bind("pemail") String pseudonymEmail);

    @SqlUpdate("UPDATE audit_events SET actor_id = :pid, actor_email = :pemail WHERE actor_id = :id")
    int renameActorById(@Bind("id") String id, @Bind("pid") String pseudonymId, @Bind("pemail") String pseudonymEmail);

    @SqlQuery("SELECT COUNT(*) FROM audit_events")
    long count();

    @SqlUpdate("DELETE FROM audit_events WHERE occurred_at < :cutoff")
    int deleteBefore(@Bind("cutoff") LocalDateTime cutoff);
}
