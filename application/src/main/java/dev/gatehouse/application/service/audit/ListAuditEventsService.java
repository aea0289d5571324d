package dev.gatehouse.application.service.audit;

import dev.gatehouse.application.port.in.audit.AuditEventPage;
import dev.gatehouse.application.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.application.port.out.AuditTrail;

public final class ListAuditEventsService implements ListAuditEventsUseCase {

    private final AuditTrail trail;

    public ListAuditEventsService(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public AuditEventPage list(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > AuditEventPage.MAX_LIMIT) {
            throw new IllegalArgumentException("offset must not be negative and limit must be 1 to " + AuditEventPage.MAX_LIMIT);
        }
        return new AuditEventPage(trail.newestFirst(offset, limit), trail.count());
    }
}
