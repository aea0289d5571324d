package dev.gatehouse.persistence;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A failure that two transactions wanting the same rows caused, not the statement itself: the
 * database chose this transaction as a deadlock's victim (SQLState {@value #SERIALIZATION_FAILURE},
 * MySQL/MariaDB error {@value #DEADLOCK}), or it waited longer than {@code innodb_lock_wait_timeout}
 * for a row lock (error {@value #LOCK_WAIT_TIMEOUT}). Running the transaction again usually succeeds,
 * which is what {@link RetryingTransactionHandler} does; what still fails is load, not a bug.
 */
public record LockConflict(int errorCode) {

    /** SQLState of a transaction rolled back as a deadlock victim or serialization failure. */
    public static final String SERIALIZATION_FAILURE = "40001";
    /** ER_LOCK_DEADLOCK. */
    public static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT. */
    public static final int LOCK_WAIT_TIMEOUT = 1205;

    /** A cause chain longer than this is a cycle or not ours to read. */
    private static final int MAX_CAUSES = 16;

    /** The lock conflict somewhere in {@code failure}'s cause chain, if there is one. */
    public static Optional<LockConflict> in(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConflict(sql)) {
                return Optional.of(new LockConflict(sql.getErrorCode()));
            }
        }
        return Optional.empty();
    }

    private static boolean isConflict(SQLException sql) {
        return SERIALIZATION_FAILURE.equals(sql.getSQLState())
                || sql.getErrorCode() == DEADLOCK
                || sql.getErrorCode() == LOCK_WAIT_TIMEOUT;
    }

    /** What happened, for a log line: {@code deadlock (1213)}, {@code lock wait timeout (1205)}. */
    public String describe() {
        String kind = switch (errorCode) {
            case LOCK_WAIT_TIMEOUT -> "lock wait timeout";
            case DEADLOCK -> "deadlock";
            default -> "serialization failure";
        };
        return kind + " (" + errorCode + ")";
    }
}
