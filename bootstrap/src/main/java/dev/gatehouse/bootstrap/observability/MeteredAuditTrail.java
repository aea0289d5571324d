package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import java.time.Instant;
import java.util.List;

/**
 * Counts sign-ins by method and outcome, and throttled guesses, from the audit events the
 * application records anyway: one source for the trail and the meters, so they cannot disagree.
 * A failure's detail is {@code method: reason}; a throttled one's reason is {@code throttled}.
 */
final class MeteredAuditTrail implements AuditTrail {

    private static final String THROTTLED = ": throttled";

    private final AuditTrail trail;
    private final MetricRegistry metrics;

    MeteredAuditTrail(AuditTrail trail, MetricRegistry metrics) {
        this.trail = trail;
        this.metrics = metrics;
    }

    @Override
    public void record(AuditEvent event) {
        String method = event.detail().split(":", 2)[0];
        if (event.type() == AuditEventType.SIGN_IN_SUCCEEDED) {
            metrics.meter(GatehouseMetrics.signIns(method, true)).mark();
        } else if (event.type() == AuditEventType.SIGN_IN_FAILED) {
            metrics.meter(GatehouseMetrics.signIns(method, false)).mark();
        }
        if (event.detail().endsWith(THROTTLED)) {
            metrics.meter(GatehouseMetrics.throttled(method)).mark();
        }
        trail.record(event);
    }

    @Override
    public List<RecordedAuditEvent> newestFirst(int offset, int limit) {
        return trail.newestFirst(offset, limit);
    }

    @Override
    public long count() {
        return trail.count();
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return trail.removeOlderThan(cutoff);
    }
}
