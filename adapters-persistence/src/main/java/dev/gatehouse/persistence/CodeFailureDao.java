package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
interface CodeFailureDao {

    @SqlUpdate("INSERT INTO code_failures (user_id, failed_at) VALUES (:userId, :failedAt)")
    void insert(@Bind("userId") String userId, @Bind("failedAt") LocalDateTime failedAt);

    /** Reads only ix_code_failures_user_id_failed_at. */
    @SqlQuery("SELECT COUNT(*) FROM code_failures WHERE user_id = :userId AND failed_at >= :since")
    int countSince(@Bind("userId") String userId, @Bind("since") LocalDateTime since);

    /** Reads ix_code_failures_failed_at. */
    @SqlUpdate("DELETE FROM code_failures WHERE failed_at < :cutoff")
    int deleteBefore(@Bind("cutoff") LocalDateTime cutoff);
}
