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
interface EmailChangeDao {

    @SqlUpdate("""
            INSERT INTO email_changes (user_id, new_email, requested_at) VALUES (:userId, :newEmail, :requestedAt)
                ON DUPLICATE KEY UPDATE new_email = VALUES(new_email), requested_at = VALUES(requested_at)
            """)
    void upsert(@Bind("userId") String userId, @Bind("newEmail") String newEmail,
                @Bind("requestedAt") LocalDateTime requestedAt);

    /** A locking read: it sees what committed while the caller waited for the owner's lock, not an older snapshot. */
    @SqlQuery("SELECT user_id, new_email, requested_at FROM email_changes WHERE user_id = :userId FOR UPDATE")
    Optional<EmailChangeRow> find(@Bind("userId") String userId);

    @SqlUpdate("DELETE FROM email_changes WHERE user_id = :userId")
    void delete(@Bind("userId") String userId);

    /** Reads ix_email_changes_requested_at. */
    @SqlUpdate("DELETE FROM email_changes WHERE requested_at < :cutoff")
    int deleteRequestedBefore(@Bind("cutoff") LocalDateTime cutoff);
}
