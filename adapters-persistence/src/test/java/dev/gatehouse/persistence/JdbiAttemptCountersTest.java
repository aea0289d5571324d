package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.application.testing.AttemptCountersContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiAttemptCountersTest extends AttemptCountersContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected AttemptCounters attemptCounters() {
        return new JdbiAttemptCounters(DATABASE.database().jdbi());
    }
}
