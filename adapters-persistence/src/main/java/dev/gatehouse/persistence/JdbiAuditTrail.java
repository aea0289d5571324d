package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** {@link AuditTrail} in the {@code audit_events} table. */
public final class JdbiAuditTrail implements AuditTrail {

    private final Jdbi jdbi;

    public JdbiAuditTrail(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void record(AuditEvent event) {
        AuditEventRow row = AuditEventMapper.toRow(event);
        jdbi.useExtension(AuditEventDao.class, dao -> dao.insert(row));
    }

    @Override
    public List<RecordedAuditEvent> newestFirst(int offset, int limit) {
        return jdbi.withExtension(AuditEventDao.class, dao -> dao.newestFirst(offset, limit)).stream()
                .map(AuditEventMapper::toDomain)
                .toList();
    }

    @Override
    public List<RecordedAuditEvent> about(UserId account) {
        return jdbi.withExtension(AuditEventDao.class, dao -> dao.about(account.toString())).stream()
                .map(AuditEventMapper::toDomain)
                .toList();
    }

    @Override
    public void pseudonymise(UserId account, EmailAddress email, AuditedAccount pseudonym) {
        String pseudonymId = pseudonym.id().map(UserId::toString).orElseThrow(
                () -> new IllegalArgumentException("a pseudonym has an id"));
        jdbi.useExtension(AuditEventDao.class,
                dao -> dao.pseudonymise(account.toString(), email.value(), pseudonymId, pseudonym.email().value()));
    }

    @Override
    public long count() {
        return jdbi.withExtension(AuditEventDao.class, AuditEventDao::count);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return jdbi.withExtension(AuditEventDao.class, dao -> dao.deleteBefore(UtcDateTimes.toColumn(cutoff)));
    }
}
