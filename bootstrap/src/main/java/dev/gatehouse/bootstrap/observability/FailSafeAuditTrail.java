package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An audit row that cannot be written must not turn a sign-in or a role change that already
 * happened into an error, nor go unnoticed: the failure is logged (the event's type only, never
 * its addresses or agent, and not the exception's message, which may quote the SQL values) and
 * counted in the {@value #FAILURES} meter, which operators alert on.
 */
public final class FailSafeAuditTrail implements AuditTrail {

    static final String FAILURES = "gatehouse.audit.write-failures";
    private static final Logger LOG = LoggerFactory.getLogger(FailSafeAuditTrail.class);

    private final AuditTrail trail;
    private final Meter failures;

    public FailSafeAuditTrail(AuditTrail trail, MetricRegistry metrics) {
        this.trail = trail;
        this.failures = metrics.meter(FAILURES);
    }

    @Override
    public void record(AuditEvent event) {
        try {
            trail.record(event);
        } catch (RuntimeException failure) {
            failures.mark();
            LOG.error("Audit event {} could not be written ({})", event.type().id(), failure.getClass().getName());
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

    /** Not fail-safe: it is part of a deletion, which must not commit while the trail still names the address. */
    @Override
    public void pseudonymise(UserId account, EmailAddress email, AuditedAccount pseudonym) {
        trail.pseudonymise(account, email, pseudonym);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return trail.removeOlderThan(cutoff);
    }
}
