package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Counts sign-ins by method and outcome, and throttled guesses, from the audit events the
 * application records anyway: one source for the trail and the meters, so they cannot disagree.
 * Both are read from the event's {@link Attempt}, the value its stored detail is the text of.
 */
final class MeteredAuditTrail implements AuditTrail {

    private final AuditTrail trail;
    private final MetricRegistry metrics;

    MeteredAuditTrail(AuditTrail trail, MetricRegistry metrics) {
        this.trail = trail;
        this.metrics = metrics;
    }

    @Override
    public void record(AuditEvent event) {
        if (event.meaning().orElse(null) instanceof Attempt attempt) {
            count(event.type(), attempt);
        }
        trail.record(event);
    }

    private void count(AuditEventType type, Attempt attempt) {
        String method = attempt.method().id();
        if (type == AuditEventType.SIGN_IN_SUCCEEDED) {
            metrics.meter(GatehouseMetrics.signIns(method, true)).mark();
        } else if (type == AuditEventType.SIGN_IN_FAILED) {
            metrics.meter(GatehouseMetrics.signIns(method, false)).mark();
        }
        if (attempt.throttled()) {
            metrics.meter(GatehouseMetrics.throttled(method)).mark();
        }
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
    public List<RecordedAuditEvent> about(UserId account) {
        return trail.about(account);
    }

    @Override
    public void pseudonymise(UserId account, EmailAddress email, AuditedAccount pseudonym) {
        trail.pseudonymise(account, email, pseudonym);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return trail.removeOlderThan(cutoff);
    }
}
