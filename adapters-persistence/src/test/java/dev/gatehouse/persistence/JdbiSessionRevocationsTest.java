package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.SessionRevocations.Posted;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SessionRevocationsContract;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSessionRevocationsTest extends SessionRevocationsContract {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final SessionRevocations feed = new JdbiSessionRevocations(DATABASE.database().jdbi(), clock);
    private final TransactionRunner transactions = new JdbiTransactionRunner(DATABASE.database().jdbi());

    @BeforeEach
    void emptyFeed() {
        DATABASE.database().truncateAllTables();
    }

    @Override
    protected SessionRevocations revocations() {
        return feed;
    }

    @Override
    protected MutableClock clock() {
        return clock;
    }

    @Test
    void anEntryCommitsWithItsTransactionOrNotAtAll() {
        Revocation rolledBack = Revocation.ofSession(new SessionId(UUID.randomUUID()));
        Revocation committed = Revocation.ofSession(new SessionId(UUID.randomUUID()));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            feed.post(rolledBack);
            throw new IllegalStateException("the revocation failed");
        })).isInstanceOf(IllegalStateException.class);
        transactions.inTransaction(() -> feed.post(committed));

        assertThat(feed.after(0, 10)).extracting(Posted::revocation).containsExactly(committed);
    }

    @Test
    void startsAtZeroWhenEmpty() {
        assertThat(feed.latestPosition()).isZero();
    }
}
