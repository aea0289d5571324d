package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.UsersContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiUsersTest extends UsersContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected Users users() {
        return new JdbiUsers(DATABASE.database().jdbi());
    }
}
