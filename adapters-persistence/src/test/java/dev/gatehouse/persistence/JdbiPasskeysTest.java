package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.PasskeysContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPasskeysTest extends PasskeysContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected Users users() {
        return new JdbiUsers(DATABASE.database().jdbi());
    }

    @Override
    protected Passkeys passkeys() {
        return new JdbiPasskeys(DATABASE.database().jdbi());
    }

    @Override
    protected PasskeyChallenges challenges() {
        return new JdbiPasskeyChallenges(DATABASE.database().jdbi());
    }
}
