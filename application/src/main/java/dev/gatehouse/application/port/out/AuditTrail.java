package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * The append-only record of security-relevant events. Services record after their own change is
 * committed: an audit row that cannot be written must not undo a sign-in or a role change, and
 * the adapter that stores rows makes such a failure visible instead (see the wiring).
 */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Newest first; ties in time are broken by insertion order, so paging is stable. */
    List<RecordedAuditEvent> newestFirst(int offset, int limit);

    long count();

    /** The events whose subject or actor is the account, newest first. */
    List<RecordedAuditEvent> about(UserId account);

    /**
     * Renames the account in every event that names it, as subject or actor, by its id or by its
     * address (a refused sign-in for the address names no id), to {@code pseudonym}: the trail keeps
     * what happened, but no longer who it happened to.
     */
    void pseudonymise(UserId account, EmailAddress email, AuditedAccount pseudonym);

    /** Retention: removes events older than {@code cutoff}. @return how many */
    int removeOlderThan(Instant cutoff);
}
