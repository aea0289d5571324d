package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.testing.MailOutboxContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiMailOutboxTest extends MailOutboxContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected MailOutbox mailOutbox() {
        return new JdbiMailOutbox(DATABASE.database().jdbi(), TestSeals.standard());
    }
}
