package dev.gatehouse.persistence;

import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;

/** Between {@link AuditEvent} and the columns of {@code audit_events}. */
final class AuditEventMapper {

    private AuditEventMapper() {
    }

    static AuditEventRow toRow(AuditEvent event) {
        return new AuditEventRow(0,
                UtcDateTimes.toColumn(event.at()),
                event.type().id(),
                idOf(event.actor()),
                emailOf(event.actor()),
                idOf(event.subject()),
                emailOf(event.subject()),
                event.detail(),
                event.origin().clientAddress(),
                event.origin().userAgent().orElse(null));
    }

    static RecordedAuditEvent toDomain(AuditEventRow row) {
        AuditEvent event = new AuditEvent(
                UtcDateTimes.toInstant(row.occurredAt()),
                AuditEventType.fromId(row.type()),
                account(row.actorId(), row.actorEmail()),
                account(row.subjectId(), row.subjectEmail()),
                row.detail(),
                RequestOrigin.of(row.clientAddress(), row.userAgent()));
        return new RecordedAuditEvent(row.id(), event);
    }

    private static String idOf(Optional<AuditedAccount> account) {
        return account.flatMap(AuditedAccount::id).map(UserId::toString).orElse(null);
    }

    private static String emailOf(Optional<AuditedAccount> account) {
        return account.map(a -> a.email().value()).orElse(null);
    }

    private static Optional<AuditedAccount> account(String id, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return Optional.of(new AuditedAccount(Optional.ofNullable(id).map(UserId::parse), new EmailAddress(email)));
    }
}
