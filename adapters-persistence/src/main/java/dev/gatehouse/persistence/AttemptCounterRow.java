package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** The counted columns of an {@code attempt_counters} row. Times are UTC. */
record AttemptCounterRow(int attempts, LocalDateTime windowStartedAt, LocalDateTime lockedUntil) {

    static AttemptCounterRow read(ResultSet resultSet) throws SQLException {
        return new AttemptCounterRow(
                resultSet.getInt("attempts"),
                resultSet.getObject("window_started_at", LocalDateTime.class),
                resultSet.getObject("locked_until", LocalDateTime.class));
    }
}
