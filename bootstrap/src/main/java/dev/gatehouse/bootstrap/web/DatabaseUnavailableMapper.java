package dev.gatehouse.bootstrap.web;

import dev.gatehouse.persistence.LockConflict;
import dev.gatehouse.web.problem.ProblemType;
import dev.gatehouse.web.problem.UnexpectedExceptionMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that cannot be reached (stopped, restarting, failing over, out of reach, or its pool
 * drained for longer than {@code database.maxWaitForConnection}) makes the service briefly
 * unavailable; it is no bug of the request. So the answer is 503 with {@code Retry-After}, which
 * clients and load balancers know to retry, and the log gets one line, not a stack trace per
 * request.
 *
 * <p>A {@link LockConflict} (a deadlock, or a lock wait that timed out) is contention, the database
 * being busy with other requests for the same rows: it reaches here after
 * {@link dev.gatehouse.persistence.RetryingTransactionHandler} ran the transaction several times in
 * vain, or from a single statement outside any transaction, which is not retried. It is answered 503
 * {@code busy} with a short {@code Retry-After} of {@value #LOCK_CONFLICT_RETRY_AFTER_SECONDS} second: the
 * locks involved are held for milliseconds, so a second is ample, and a longer wait would only
 * delay a person in front of a form. Any other database failure stays an unexpected 500.
 *
 * <p>It lives in the composition root because it joins two adapters: it recognises JDBC failures
 * (persistence) and answers in the web adapter's problem format. The page filter of the web adapter
 * turns the problem into an error page for browsers.
 */
public final class DatabaseUnavailableMapper implements ExceptionMapper<JdbiException> {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    static final long LOCK_CONFLICT_RETRY_AFTER_SECONDS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableMapper.class);
    /** A cause chain longer than this is a cycle or not ours to read. */
    private static final int MAX_CAUSES = 16;

    private final ExceptionMapper<Throwable> unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(JdbiException failure) {
        Optional<LockConflict> conflict = LockConflict.in(failure);
        if (conflict.isPresent()) {
            LOG.warn("Database lock conflict, a {}; answered 503", conflict.get().describe());
            return ProblemType.BUSY.response("The service is busy; try again shortly")
                    .header(HttpHeaders.RETRY_AFTER, LOCK_CONFLICT_RETRY_AFTER_SECONDS)
                    .build();
        }
        if (!isUnavailable(failure)) {
            return unexpected.toResponse(failure);
        }
        LOG.warn("Database unavailable ({}); answered 503", rootCause(failure).getClass().getSimpleName());
        return ProblemType.UNAVAILABLE.response("The service is briefly unavailable; try again shortly")
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER.toSeconds())
                .build();
    }

    /**
     * Whether the failure says the database could not be reached or answered too late: SQLState
     * class 08 (connection exception, which Connector/J uses for a refused or lost connection), the
     * JDBC connection and timeout exception types, or a pool with no connection to lend in time.
     */
    static boolean isUnavailable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof PoolExhaustedException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
