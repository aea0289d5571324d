package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail queued while the outbox kept codes in plain text is gone once it keeps them sealed. */
class MailOutboxSealingMigrationTest {

    /** The changesets before the outbox sealed its codes. */
    private static final int PLAIN_TEXT_SCHEMA = 26;

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    @Test
    void queuedPlainTextCodesAreDeleted() {
        TestDatabase database = DATABASE.database().migrateNext(PLAIN_TEXT_SCHEMA);
        database.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO mail_outbox (kind, recipient, code, valid_for_seconds, enqueued_at, next_attempt_at, attempts)
                VALUES ('sign-in-code', 'ann@example.org', '424242', 600, '2025-03-04 09:15:30', '2025-03-04 09:15:30', 0)
                """));

        database.migrate();

        int queued = database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_outbox")
                .mapTo(Integer.class).one());
        assertThat(queued).isZero();
    }
}
