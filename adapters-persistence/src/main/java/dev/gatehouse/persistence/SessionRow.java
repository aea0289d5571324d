package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of {@code sessions}. Times are UTC. */
record SessionRow(String id, String userId, String tokenHash, LocalDateTime createdAt, LocalDateTime lastSeenAt,
                  LocalDateTime absoluteExpiresAt, boolean rememberMe, String userAgent, LocalDateTime tokenIssuedAt,
                  String replacedTokenHash, String signInMethod) {

    static SessionRow read(ResultSet resultSet) throws SQLException {
        return new SessionRow(
                resultSet.getString("id"),
                resultSet.getString("user_id"),
                resultSet.getString("token_hash"),
                resultSet.getObject("created_at", LocalDateTime.class),
                resultSet.getObject("last_seen_at", LocalDateTime.class),
                resultSet.getObject("absolute_expires_at", LocalDateTime.class),
                resultSet.getBoolean("remember_me"),
                resultSet.getString("user_agent"),
                resultSet.getObject("token_issued_at", LocalDateTime.class),
                resultSet.getString("replaced_token_hash"),
                resultSet.getString("sign_in_method"));
    }
}
