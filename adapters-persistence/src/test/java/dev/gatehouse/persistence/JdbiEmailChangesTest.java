package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.EmailChangesContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiEmailChangesTest extends EmailChangesContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected Users users() {
        return new JdbiUsers(DATABASE.database().jdbi());
    }

    @Override
    protected EmailChanges emailChanges() {
        return new JdbiEmailChanges(DATABASE.database().jdbi());
    }
}
