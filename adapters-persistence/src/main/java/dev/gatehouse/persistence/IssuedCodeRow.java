package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of {@code login_codes}. Times are UTC. */
record IssuedCodeRow(String userId, String purpose, String codeHash, LocalDateTime issuedAt, LocalDateTime expiresAt,
                     int failedAttempts) {

    static IssuedCodeRow read(ResultSet resultSet) throws SQLException {
        return new IssuedCodeRow(
                resultSet.getString("user_id"),
                resultSet.getString("purpose"),
                resultSet.getString("code_hash"),
                resultSet.getObject("issued_at", LocalDateTime.class),
                resultSet.getObject("expires_at", LocalDateTime.class),
                resultSet.getInt("failed_attempts"));
    }
}
