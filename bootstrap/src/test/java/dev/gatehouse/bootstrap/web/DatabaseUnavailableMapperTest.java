package dev.gatehouse.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException;
import dev.gatehouse.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableMapperTest {

    private final DatabaseUnavailableMapper mapper = new DatabaseUnavailableMapper();

    @Test
    void aRefusedConnectionIsAnUnavailableServiceToRetry() {
        // What Connector/J throws when nothing listens: SQLState 08S01 around the socket's exception.
        SQLException refused = new SQLException("Communications link failure", "08S01", new ConnectException("refused"));

        Response response = mapper.toResponse(new ConnectionException(refused));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:gatehouse:problem:unavailable");
    }

    @Test
    void aClosedConnectionAndADrainedPoolAreUnavailableToo() {
        assertThat(DatabaseUnavailableMapper.isUnavailable(
                new ConnectionException(new SQLNonTransientConnectionException("No operations allowed after connection closed."))))
                .isTrue();
        assertThat(DatabaseUnavailableMapper.isUnavailable(
                new ConnectionException(new PoolExhaustedException("Timeout: Pool empty.")))).isTrue();
    }

    @Test
    void aDeadlockThatOutlastedTheRetriesIsABusyServiceToRetryShortly() {
        // What Connector/J throws for a deadlock's victim (MySQL and MariaDB alike).
        SQLException deadlock = new MySQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

        Response response = mapper.toResponse(new UnableToExecuteStatementException(deadlock, null));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:gatehouse:problem:busy");
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("Deadlock");
    }

    @Test
    void aLockWaitTimeoutIsABusyServiceToo() {
        // Connector/J reports error 1205 with SQLState 40001; other drivers keep the server's HY000.
        SQLException connectorJ = new MySQLTransactionRollbackException(
                "Lock wait timeout exceeded; try restarting transaction", "40001", 1205);
        SQLException serverState = new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205);

        for (SQLException lockWait : List.of(connectorJ, serverState)) {
            Response response = mapper.toResponse(new UnableToExecuteStatementException(lockWait, null));

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:gatehouse:problem:busy");
        }
    }

    @Test
    void anyOtherDatabaseFailureStaysAnUnexpectedError() {
        SQLException violation = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);

        Response response = mapper.toResponse(new ConnectionException(violation));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("Duplicate");
    }
}
