package dev.gatehouse.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the UTC wall-clock times that {@code DATETIME(6)} columns hold. Converting here, with
 * the offset spelled out, keeps stored values independent of the JVM's and the server's time zone.
 */
final class UtcDateTimes {

    private UtcDateTimes() {
    }

    /** Truncated to whole microseconds, the column's precision, rather than left to the server to round. */
    static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /**
     * {@link #toColumn} as an argument for a statement built on a handle, bound as it is (see
     * {@link LocalDateTimeArgumentFactory}, which SqlObject DAOs register).
     */
    static org.jdbi.v3.core.argument.Argument argument(Instant instant) {
        LocalDateTime column = toColumn(instant);
        return (position, statement, context) -> statement.setObject(position, column);
    }

    static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
