package dev.gatehouse.application.port.in.account;

import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An account's data as its owner may take it away: the account, its live sessions, and the audit
 * events about it, newest first. Hashes, codes and tokens are the web adapter's to leave out, as
 * every answer about these does.
 */
public record AccountExport(Instant exportedAt, User account, List<OwnSession> sessions, List<RecordedAuditEvent> auditEvents) {

    public AccountExport {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(account, "account");
        sessions = List.copyOf(sessions);
        auditEvents = List.copyOf(auditEvents);
    }
}
