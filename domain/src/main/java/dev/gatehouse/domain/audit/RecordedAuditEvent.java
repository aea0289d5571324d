package dev.gatehouse.domain.audit;

import java.util.Objects;

/** An event as stored, with the sequence number the trail gave it. */
public record RecordedAuditEvent(long id, AuditEvent event) {

    public RecordedAuditEvent {
        Objects.requireNonNull(event, "event");
    }
}
