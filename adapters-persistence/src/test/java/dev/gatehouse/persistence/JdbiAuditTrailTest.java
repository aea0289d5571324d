package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.testing.AuditTrailContract;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiAuditTrailTest extends AuditTrailContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @BeforeEach
    void emptyTrail() {
        DATABASE.database().truncateAllTables();
    }

    @Override
    protected AuditTrail auditTrail() {
        return new JdbiAuditTrail(DATABASE.database().jdbi());
    }
}
