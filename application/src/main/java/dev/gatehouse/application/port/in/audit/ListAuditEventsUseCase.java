package dev.gatehouse.application.port.in.audit;

public interface ListAuditEventsUseCase {

    /** Newest first. */
    AuditEventPage list(int offset, int limit);
}
