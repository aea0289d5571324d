package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.CodeFailuresContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiCodeFailuresTest extends CodeFailuresContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected Users users() {
        return new JdbiUsers(DATABASE.database().jdbi());
    }

    @Override
    protected CodeFailures codeFailures() {
        return new JdbiCodeFailures(DATABASE.database().jdbi());
    }
}
