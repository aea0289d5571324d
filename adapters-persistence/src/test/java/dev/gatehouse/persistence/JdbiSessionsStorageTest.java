package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the contract cannot see: what lands in the table, and how many statements a lookup costs. */
class JdbiSessionsStorageTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final Users users = new JdbiUsers(jdbi);
    private final Sessions sessions = new JdbiSessions(jdbi);

    @Test
    void storesTheTokensSha256InHexAndNeverTheToken() {
        User user = aUser().build();
        users.add(user);
        SessionToken token = TestSessions.randomToken();
        Session session = aSession().of(user).withToken(token).build();

        sessions.add(session);

        Map<String, Object> row = jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM sessions WHERE id = :id")
                .bind("id", session.id().toString())
                .mapToMap()
                .one());
        assertThat(row.get("token_hash")).isEqualTo(token.hash().hex()).asString().matches("[0-9a-f]{64}");
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(token.value()));
    }

    @Test
    void findsSessionWithItsUserInOneStatement() {
        User user = aUser().build();
        users.add(user);
        SessionToken token = TestSessions.randomToken();
        sessions.add(aSession().of(user).withToken(token).build());
        List<String> statements = new ArrayList<>();
        Sessions counted = new JdbiSessions(countingStatements(DATABASE.database(), statements));

        assertThat(counted.findWithUserByTokenHash(token.hash())).isPresent();

        assertThat(statements).hasSize(1);
    }

    @Test
    void findsUserByIdOrAddressInOneStatementEach() {
        User user = aUser().build();
        users.add(user);
        List<String> statements = new ArrayList<>();
        Users counted = new JdbiUsers(countingStatements(DATABASE.database(), statements));

        assertThat(counted.findById(user.id())).isPresent();
        assertThat(counted.findByEmail(user.email())).isPresent();

        assertThat(statements).hasSize(2);
    }

    private static Jdbi countingStatements(TestDatabase database, List<String> statements) {
        Jdbi counting = Jdbi.create(database.jdbcUrl(), database.user(), database.password())
                .installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin());
        counting.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.add(Objects.requireNonNull(context.getRenderedSql()));
            }
        });
        return counting;
    }
}
