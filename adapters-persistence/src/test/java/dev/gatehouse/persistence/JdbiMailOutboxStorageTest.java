package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the contract cannot see: the stored columns, and that a claimer passes locked rows by instead of waiting. */
class JdbiMailOutboxStorageTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final MailOutbox outbox = new JdbiMailOutbox(jdbi);
    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void storesKindByItsIdAndValidityInSeconds() {
        OutgoingMail mail = new OutgoingMail(MailKind.PASSWORD_RESET_CODE, uniqueEmail("stored"), new OneTimeCode("004711"),
                Duration.ofMinutes(10));

        outbox.enqueue(mail, NOW);

        Map<String, Object> row = rowTo(mail);
        assertThat(row.get("kind")).isEqualTo("password-reset-code");
        assertThat(row.get("recipient")).isEqualTo(mail.to().value());
        assertThat(row.get("code")).isEqualTo("004711");
        assertThat(row.get("valid_for_seconds")).isEqualTo(600);
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("enqueued_at")).isEqualTo(row.get("next_attempt_at"));
    }

    @Test
    void roundsAFractionalValidityDownToWholeSeconds() {
        OutgoingMail mail = new OutgoingMail(MailKind.SIGN_IN_CODE, uniqueEmail("fraction"), new OneTimeCode("123456"),
                Duration.ofMillis(90_999));

        outbox.enqueue(mail, NOW);

        assertThat(rowTo(mail).get("valid_for_seconds")).isEqualTo(90);
    }

    @Test
    void aClaimerPassesOverRowsAnotherClaimerHoldsInsteadOfWaitingForThem() throws Exception {
        Instant now = NOW.plusSeconds(600);
        OutgoingMail held = new OutgoingMail(MailKind.SIGN_IN_CODE, uniqueEmail("held"), new OneTimeCode("111111"),
                Duration.ofMinutes(10));
        OutgoingMail free = new OutgoingMail(MailKind.SIGN_IN_CODE, uniqueEmail("free"), new OneTimeCode("222222"),
                Duration.ofMinutes(10));
        outbox.enqueue(held, now.minusSeconds(2));
        outbox.enqueue(free, now.minusSeconds(1));
        long heldId = ((Number) rowTo(held).get("id")).longValue();

        try (Handle otherNode = jdbi.open()) {
            otherNode.begin();
            otherNode.createQuery("SELECT id FROM mail_outbox WHERE id = :id FOR UPDATE").bind("id", heldId)
                    .mapTo(Long.class).one();

            long started = System.nanoTime();
            List<QueuedMail> claimed = threads.submit(() -> outbox.claimDue(now, 1_000, LEASE)).get(20, TimeUnit.SECONDS);

            assertThat(claimed).extracting(QueuedMail::mail).contains(free).doesNotContain(held);
            // InnoDB would wait 50 s for the lock by default; passing it by takes no time at all.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            otherNode.rollback();
        }

        assertThat(outbox.claimDue(now, 1_000, LEASE)).extracting(QueuedMail::mail).contains(held);
    }

    private Map<String, Object> rowTo(OutgoingMail mail) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mail_outbox WHERE recipient = :recipient")
                .bind("recipient", mail.to().value())
                .mapToMap()
                .one());
    }
}
