package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of {@code audit_events}; {@code id} is 0 before insertion. Times are UTC. */
record AuditEventRow(long id, LocalDateTime occurredAt, String type, String actorId, String actorEmail,
                     String subjectId, String subjectEmail, String detail, String clientAddress, String userAgent) {

    static AuditEventRow read(ResultSet resultSet) throws SQLException {
        return new AuditEventRow(
                resultSet.getLong("id"),
                resultSet.getObject("occurred_at", LocalDateTime.class),
                resultSet.getString("type"),
                resultSet.getString("actor_id"),
                resultSet.getString("actor_email"),
                resultSet.getString("subject_id"),
                resultSet.getString("subject_email"),
                resultSet.getString("detail"),
                resultSet.getString("client_address"),
                resultSet.getString("user_agent"));
    }
}
