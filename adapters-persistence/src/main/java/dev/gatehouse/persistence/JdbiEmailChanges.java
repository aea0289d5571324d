package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link EmailChanges} in the {@code email_changes} table, a row per account. Each method joins the
 * transaction of a surrounding {@link JdbiTransactionRunner} on the same thread.
 */
public final class JdbiEmailChanges implements EmailChanges {

    private final Jdbi jdbi;

    public JdbiEmailChanges(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void replace(PendingEmailChange change) {
        jdbi.useExtension(EmailChangeDao.class, dao -> dao.upsert(change.userId().toString(),
                change.newEmail().value(), UtcDateTimes.toColumn(change.requestedAt())));
    }

    @Override
    public Optional<PendingEmailChange> find(UserId user) {
        return jdbi.withExtension(EmailChangeDao.class, dao -> dao.find(user.toString()))
                .map(row -> new PendingEmailChange(UserId.parse(row.userId()), new EmailAddress(row.newEmail()),
                        UtcDateTimes.toInstant(row.requestedAt())));
    }

    @Override
    public void remove(UserId user) {
        jdbi.useExtension(EmailChangeDao.class, dao -> dao.delete(user.toString()));
    }

    @Override
    public int removeRequestedBefore(Instant cutoff) {
        return jdbi.withExtension(EmailChangeDao.class, dao -> dao.deleteRequestedBefore(UtcDateTimes.toColumn(cutoff)));
    }
}
