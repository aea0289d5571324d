package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.code.OneTimeCode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MailOutbox} in the {@code mail_outbox} table. Several nodes may claim at once: a claim
 * locks due rows with {@code FOR UPDATE SKIP LOCKED} and moves them past the lease in the same
 * transaction, so no row goes to two claimers. Each method joins the transaction of a surrounding
 * {@link JdbiTransactionRunner} on the same thread, which is how a code and its mail commit together.
 *
 * <p>The code is stored sealed ({@link CodeSeal}), for its recipient and kind, and opened only when
 * its mail is claimed for sending: the table never holds it in plain text. A row whose code does not
 * open (sealed under a key this node no longer has, or altered) is deleted when claimed, since no
 * attempt could ever send it; the code it carried would not verify under a new key either.
 */
public final class JdbiMailOutbox implements MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiMailOutbox.class);

    private final Jdbi jdbi;
    private final CodeSeal seal;

    public JdbiMailOutbox(Jdbi jdbi, CodeSeal seal) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    @Override
    public void enqueue(OutgoingMail mail, Instant now) {
        String kind = QueuedMailMapper.kindId(mail.kind());
        String recipient = mail.to().value();
        int validForSeconds = QueuedMailMapper.validForSeconds(mail.validFor());
        byte[] sealedCode = mail.code().map(code -> seal.seal(code.digits(), kind, recipient)).orElse(null);
        MailFacts facts = mail.facts();
        jdbi.useExtension(MailOutboxDao.class, dao -> dao.insert(kind, recipient, sealedCode, validForSeconds,
                UtcDateTimes.toColumn(facts.occurredAt()), facts.userAgent().orElse(null),
                facts.otherAddress().orElse(null), facts.timezone().map(ZoneId::getId).orElse(null),
                UtcDateTimes.toColumn(now)));
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
        List<QueuedMailRow> claimed = jdbi.withExtension(MailOutboxDao.class,
                dao -> dao.claimDue(UtcDateTimes.toColumn(now), limit, UtcDateTimes.toColumn(now.plus(lease))));
        List<QueuedMail> opened = new ArrayList<>(claimed.size());
        for (QueuedMailRow row : claimed) {
            if (row.sealedCode() == null) {
                opened.add(QueuedMailMapper.toDomain(row, Optional.empty()));
                continue;
            }
            Optional<String> code = seal.open(row.sealedCode(), row.kind(), row.recipient());
            if (code.isPresent()) {
                opened.add(QueuedMailMapper.toDomain(row, code.map(OneTimeCode::new)));
            } else {
                LOG.warn("Deleted queued mail {}: its code does not open with this node's code key", row.id());
                remove(row.id());
            }
        }
        return List.copyOf(opened);
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
