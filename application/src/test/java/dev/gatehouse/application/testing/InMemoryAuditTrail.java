package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class InMemoryAuditTrail implements AuditTrail {

    private final List<RecordedAuditEvent> events = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(new RecordedAuditEvent(++lastId, event));
    }

    @Override
    public synchronized List<RecordedAuditEvent> newestFirst(int offset, int limit) {
        return events.stream()
                .sorted(Comparator.comparing((RecordedAuditEvent e) -> e.event().at())
                        .thenComparingLong(RecordedAuditEvent::id).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long count() {
        return events.size();
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff) {
        int before = events.size();
        events.removeIf(e -> e.event().at().isBefore(cutoff));
        return before - events.size();
    }

    /** Every event in the order recorded. */
    public synchronized List<AuditEvent> events() {
        return events.stream().map(RecordedAuditEvent::event).toList();
    }

    public synchronized List<AuditEvent> eventsOf(AuditEventType type) {
        return events().stream().filter(e -> e.type() == type).toList();
    }

    /** The one event of {@code type}; fails when there is none or more than one. */
    public synchronized AuditEvent only(AuditEventType type) {
        List<AuditEvent> found = eventsOf(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " event, found " + found.size() + " in " + events());
        }
        return found.get(0);
    }
}
