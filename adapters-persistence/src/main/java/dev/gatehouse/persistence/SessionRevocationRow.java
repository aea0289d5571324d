package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code session_revocations} as the feed reads it: one of {@code sessionId} and {@code userId} is set. */
record SessionRevocationRow(long id, String sessionId, String userId) {

    static SessionRevocationRow read(ResultSet resultSet) throws SQLException {
        return new SessionRevocationRow(resultSet.getLong("id"), resultSet.getString("session_id"),
                resultSet.getString("user_id"));
    }
}
