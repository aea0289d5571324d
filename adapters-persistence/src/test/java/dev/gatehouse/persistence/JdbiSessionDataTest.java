package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.SessionDataContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSessionDataTest extends SessionDataContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected Users users() {
        return new JdbiUsers(DATABASE.database().jdbi());
    }

    @Override
    protected Sessions sessions() {
        return new JdbiSessions(DATABASE.database().jdbi());
    }

    @Override
    protected SessionData sessionData() {
        return new JdbiSessionData(DATABASE.database().jdbi());
    }
}
