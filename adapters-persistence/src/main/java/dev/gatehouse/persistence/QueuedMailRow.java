package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * The columns of a {@code mail_outbox} row that a claimer needs. Times are UTC; the code is sealed,
 * and absent from notices. Rows queued before notices existed have no {@code occurredAt}.
 */
record QueuedMailRow(long id, String kind, String recipient, byte[] sealedCode, int validForSeconds,
                     LocalDateTime occurredAt, String userAgent, String otherAddress, String timezone,
                     LocalDateTime enqueuedAt, int attempts) {

    static QueuedMailRow read(ResultSet resultSet) throws SQLException {
        return new QueuedMailRow(
                resultSet.getLong("id"),
                resultSet.getString("kind"),
                resultSet.getString("recipient"),
                resultSet.getBytes("sealed_code"),
                resultSet.getInt("valid_for_seconds"),
                resultSet.getObject("occurred_at", LocalDateTime.class),
                resultSet.getString("user_agent"),
                resultSet.getString("other_address"),
                resultSet.getString("timezone"),
                resultSet.getObject("enqueued_at", LocalDateTime.class),
                resultSet.getInt("attempts"));
    }
}
