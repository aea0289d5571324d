package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.testing.AuditTrailContract;
import dev.gatehouse.application.testing.InMemoryAuditTrail;

class InMemoryAuditTrailTest extends AuditTrailContract {

    @Override
    protected AuditTrail auditTrail() {
        return new InMemoryAuditTrail();
    }
}
