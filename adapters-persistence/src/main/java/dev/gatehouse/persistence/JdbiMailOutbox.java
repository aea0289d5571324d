package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link MailOutbox} in the {@code mail_outbox} table. Several nodes may claim at once: a claim
 * locks due rows with {@code FOR UPDATE SKIP LOCKED} and moves them past the lease in the same
 * transaction, so no row goes to two claimers. Each method joins the transaction of a surrounding
 * {@link JdbiTransactionRunner} on the same thread, which is how a code and its mail commit together.
 */
public final class JdbiMailOutbox implements MailOutbox {

    private final Jdbi jdbi;

    public JdbiMailOutbox(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void enqueue(OutgoingMail mail, Instant now) {
        String kind = QueuedMailMapper.kindId(mail.kind());
        int validForSeconds = QueuedMailMapper.validForSeconds(mail.validFor());
        jdbi.useExtension(MailOutboxDao.class, dao -> dao.insert(kind, mail.to().value(), mail.code().digits(),
                validForSeconds, UtcDateTimes.toColumn(now)));
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Duration lease) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative");
        }
        if (lease.isNegative()) {
            throw new IllegalArgumentException("lease cannot be negative");
        }
        if (limit == 0) {
            return List.of();
        }
        return jdbi.withExtension(MailOutboxDao.class,
                        dao -> dao.claimDue(UtcDateTimes.toColumn(now), limit, UtcDateTimes.toColumn(now.plus(lease))))
                .stream()
                .map(QueuedMailMapper::toDomain)
                .toList();
    }

    @Override
    public void remove(long id) {
        jdbi.useExtension(MailOutboxDao.class, dao -> dao.delete(id));
    }

    @Override
    public void retryAt(long id, Instant nextAttemptAt) {
        jdbi.useExtension(MailOutboxDao.class, dao -> dao.retryAt(id, UtcDateTimes.toColumn(nextAttemptAt)));
    }

    @Override
    public int backlog() {
        return jdbi.withExtension(MailOutboxDao.class, MailOutboxDao::count);
    }
}
