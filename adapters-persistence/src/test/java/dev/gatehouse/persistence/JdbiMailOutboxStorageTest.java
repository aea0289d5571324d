package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
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

/**
 * What the contract cannot see: the stored columns (the code only sealed), and that a claimer passes
 * locked rows by instead of waiting.
 */
class JdbiMailOutboxStorageTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final MailOutbox outbox = new JdbiMailOutbox(jdbi, TestSeals.standard());
    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void storesKindByItsIdAndValidityInSeconds() {
        OutgoingMail mail = OutgoingMail.code(MailKind.PASSWORD_RESET_CODE, uniqueEmail("stored"), new OneTimeCode("004711"),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));

        outbox.enqueue(mail, NOW);

        Map<String, Object> row = rowTo(mail);
        assertThat(row.get("kind")).isEqualTo("password-reset-code");
        assertThat(row.get("recipient")).isEqualTo(mail.to().value());
        assertThat(row).doesNotContainKey("code");
        assertThat(row.get("valid_for_seconds")).isEqualTo(600);
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("enqueued_at")).isEqualTo(row.get("next_attempt_at"));
    }

    @Test
    void keepsNoCodeInPlainTextAtRestButHandsItToTheClaimer() {
        String digits = "918273";
        OutgoingMail mail = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("sealed"), new OneTimeCode(digits),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));

        outbox.enqueue(mail, NOW);

        Map<String, Object> row = rowTo(mail);
        byte[] sealed = (byte[]) row.get("sealed_code");
        assertThat(sealed).hasSizeLessThanOrEqualTo(CodeSeal.MAX_SEALED_BYTES);
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(digits));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(digits);
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(digits);
        String rawRow = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT CONCAT_WS('|', id, kind, recipient, HEX(sealed_code), sealed_code) FROM mail_outbox"
                                + " WHERE recipient = :recipient")
                .bind("recipient", mail.to().value()).mapTo(String.class).one());
        assertThat(rawRow).doesNotContain(digits);

        assertThat(claimedTo(mail)).extracting(QueuedMail::mail).containsExactly(mail);
    }

    @Test
    void sealsTheSameCodeDifferentlyEachTime() {
        OutgoingMail first = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("twice"), new OneTimeCode("555555"),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
        OutgoingMail second = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("twice"), new OneTimeCode("555555"),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));

        outbox.enqueue(first, NOW);
        outbox.enqueue(second, NOW);

        assertThat((byte[]) rowTo(first).get("sealed_code")).isNotEqualTo(rowTo(second).get("sealed_code"));
    }

    @Test
    void aSealedCodeCopiedToAnotherRecipientsRowDoesNotOpenAndItsRowIsDropped() {
        OutgoingMail victims = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("victim"), new OneTimeCode("314159"),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
        OutgoingMail attackers = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("attacker"),
                new OneTimeCode("271828"), Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
        outbox.enqueue(victims, NOW);
        outbox.enqueue(attackers, NOW);
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE mail_outbox SET sealed_code = :sealed WHERE recipient = :to")
                .bind("sealed", (byte[]) rowTo(victims).get("sealed_code"))
                .bind("to", attackers.to().value())
                .execute());

        List<QueuedMail> claimed = claimDueAMinuteLater();

        assertThat(claimed).extracting(QueuedMail::mail).contains(victims)
                .noneMatch(claimedMail -> claimedMail.to().equals(attackers.to()));
        assertThat(rowCountTo(attackers)).isZero();
    }

    @Test
    void mailSealedUnderAnotherKeyIsDroppedWhenClaimed() {
        OutgoingMail mail = OutgoingMail.code(MailKind.PASSWORD_RESET_CODE, uniqueEmail("old-key"),
                new OneTimeCode("161803"), Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
        new JdbiMailOutbox(jdbi, TestSeals.underKey(99)).enqueue(mail, NOW);

        assertThat(claimedTo(mail)).isEmpty();
        assertThat(rowCountTo(mail)).isZero();
    }

    @Test
    void roundsAFractionalValidityDownToWholeSeconds() {
        OutgoingMail mail = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("fraction"), new OneTimeCode("123456"),
                Duration.ofMillis(90_999), MailFacts.at(Instant.EPOCH));

        outbox.enqueue(mail, NOW);

        assertThat(rowTo(mail).get("valid_for_seconds")).isEqualTo(90);
    }

    @Test
    void aClaimerPassesOverRowsAnotherClaimerHoldsInsteadOfWaitingForThem() throws Exception {
        Instant now = NOW.plusSeconds(600);
        OutgoingMail held = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("held"), new OneTimeCode("111111"),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
        OutgoingMail free = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("free"), new OneTimeCode("222222"),
                Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
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

    /** What of everything due a minute after {@code NOW} went to {@code mail}'s address. */
    private List<QueuedMail> claimedTo(OutgoingMail mail) {
        return claimDueAMinuteLater().stream().filter(queued -> queued.mail().to().equals(mail.to())).toList();
    }

    /** Claims everything due a minute after {@code NOW}, which moves it past that time. */
    private List<QueuedMail> claimDueAMinuteLater() {
        Instant later = NOW.plusSeconds(60);
        List<QueuedMail> claimed = new ArrayList<>();
        for (List<QueuedMail> batch = outbox.claimDue(later, 100, LEASE); !batch.isEmpty();
                batch = outbox.claimDue(later, 100, LEASE)) {
            claimed.addAll(batch);
        }
        return claimed;
    }

    private int rowCountTo(OutgoingMail mail) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :recipient")
                .bind("recipient", mail.to().value())
                .mapTo(Integer.class)
                .one());
    }

    private Map<String, Object> rowTo(OutgoingMail mail) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mail_outbox WHERE recipient = :recipient")
                .bind("recipient", mail.to().value())
                .mapToMap()
                .one());
    }
}
