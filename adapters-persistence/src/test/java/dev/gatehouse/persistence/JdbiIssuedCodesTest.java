package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.IssuedCodesContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiIssuedCodesTest extends IssuedCodesContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Override
    protected Users users() {
        return new JdbiUsers(DATABASE.database().jdbi());
    }

    @Override
    protected IssuedCodes issuedCodes() {
        return new JdbiIssuedCodes(DATABASE.database().jdbi());
    }
}
