package dev.gatehouse.application.port.in.audit;

import dev.gatehouse.domain.audit.RecordedAuditEvent;
import java.util.List;

/** The events of one page, and how many events the trail holds in all. */
public record AuditEventPage(List<RecordedAuditEvent> items, long total) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 50;

    public AuditEventPage {
        items = List.copyOf(items);
    }
}
