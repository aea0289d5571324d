package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of {@code email_changes}. Times are UTC. */
record EmailChangeRow(String userId, String newEmail, LocalDateTime requestedAt) {

    static EmailChangeRow read(ResultSet resultSet) throws SQLException {
        return new EmailChangeRow(
                resultSet.getString("user_id"),
                resultSet.getString("new_email"),
                resultSet.getObject("requested_at", LocalDateTime.class));
    }
}
