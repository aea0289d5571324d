package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailOutbox} must do. Extend it once per implementation. The tests never assume
 * an empty outbox: other tests may have queued mail in it, so each test sends to addresses of its
 * own and looks only at the messages to them. Where a test depends on which messages are due, it
 * first claims everything due at its time with a lease of years, moving other tests' mail aside.
 */
public abstract class MailOutboxContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration VALID_FOR = Duration.ofMinutes(10);

    private MailOutbox outbox;

    /**
     * The outbox under test. Called lazily, once per test, from inside the test method (so after
     * every {@code @BeforeEach}); the same instance is then shared by several threads in
     * {@link #concurrentClaimersNeverGetTheSameMessage}.
     */
    protected abstract MailOutbox mailOutbox();

    private MailOutbox store() {
        if (outbox == null) {
            outbox = mailOutbox();
        }
        return outbox;
    }

    private static OutgoingMail mailTo(EmailAddress to) {
        return OutgoingMail.code(MailKind.SIGN_IN_CODE, to, new OneTimeCode("123456"), VALID_FOR, MailFacts.at(Instant.EPOCH));
    }

    private OutgoingMail enqueued(Instant at) {
        OutgoingMail mail = mailTo(uniqueEmail("outbox"));
        store().enqueue(mail, at);
        return mail;
    }

    /** Claims whatever is due at {@code now} and keeps it hidden for years, so that only later mail is due. */
    private void moveAsideEverythingDueAt(Instant now) {
        for (int round = 0; round < 1_000; round++) {
            if (store().claimDue(now, 100, Duration.ofDays(3_650)).isEmpty()) {
                return;
            }
        }
        fail("claimDue kept returning mail it had just claimed");
    }

    /** The claimed messages that carry one of {@code mails}, in the order claimed. */
    private static List<QueuedMail> ofThese(List<QueuedMail> claimed, OutgoingMail... mails) {
        Set<OutgoingMail> wanted = Set.of(mails);
        return claimed.stream().filter(queued -> wanted.contains(queued.mail())).toList();
    }

    @Test
    void claimsEnqueuedMailWithItsContentEnqueueTimeAndNoAttemptYet() {
        OutgoingMail mail = enqueued(NOW);

        List<QueuedMail> claimed = ofThese(store().claimDue(NOW, 1_000, LEASE), mail);

        assertThat(claimed).singleElement().satisfies(queued -> {
            assertThat(queued.mail()).isEqualTo(mail);
            assertThat(queued.enqueuedAt()).isEqualTo(NOW);
            assertThat(queued.attempts()).isZero();
        });
    }

    @Test
    void roundTripsEveryKindALeadingZeroCodeAndANonAsciiAddress() {
        EmailAddress address = EmailAddress.of("jörg-" + UUID.randomUUID().toString().substring(0, 8) + "@bücher.example");
        OutgoingMail reset = OutgoingMail.code(MailKind.PASSWORD_RESET_CODE, address, new OneTimeCode("000042"),
                Duration.ofMinutes(7), MailFacts.at(Instant.EPOCH));
        OutgoingMail signIn = OutgoingMail.code(MailKind.SIGN_IN_CODE, uniqueEmail("kinds"), new OneTimeCode("999999"),
                Duration.ofSeconds(90), MailFacts.at(Instant.EPOCH));
        store().enqueue(reset, NOW);
        store().enqueue(signIn, NOW);

        List<QueuedMail> claimed = ofThese(store().claimDue(NOW, 1_000, LEASE), reset, signIn);

        assertThat(claimed).extracting(QueuedMail::mail).containsExactlyInAnyOrder(reset, signIn);
    }

    @Test
    void roundTripsEveryNoticeKindWithItsFacts() {
        MailFacts facts = new MailFacts(NOW.minusSeconds(3), Optional.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"),
                Optional.of("n***@example.org"), Optional.of(ZoneId.of("Europe/Berlin")));
        List<OutgoingMail> notices = Arrays.stream(MailKind.values())
                .filter(kind -> !kind.carriesCode())
                .map(kind -> OutgoingMail.notice(kind, uniqueEmail("notice"), facts))
                .toList();
        OutgoingMail bare = OutgoingMail.notice(MailKind.PASSWORD_CHANGED, uniqueEmail("bare"), MailFacts.at(NOW));
        notices.forEach(notice -> store().enqueue(notice, NOW));
        store().enqueue(bare, NOW);

        List<OutgoingMail> all = new ArrayList<>(notices);
        all.add(bare);
        List<QueuedMail> claimed = ofThese(store().claimDue(NOW, 1_000, LEASE), all.toArray(OutgoingMail[]::new));

        assertThat(claimed).extracting(QueuedMail::mail).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void mailEnqueuedLaterIsNotDueYet() {
        OutgoingMail later = enqueued(NOW.plusNanos(1_000));

        assertThat(ofThese(store().claimDue(NOW, 1_000, LEASE), later)).isEmpty();
        assertThat(ofThese(store().claimDue(NOW.plusNanos(1_000), 1_000, LEASE), later)).hasSize(1);
    }

    @Test
    void claimHidesMailForTheLeaseAndCountsTheAttempt() {
        OutgoingMail mail = enqueued(NOW);
        QueuedMail first = ofThese(store().claimDue(NOW, 1_000, LEASE), mail).get(0);

        assertThat(ofThese(store().claimDue(NOW, 1_000, LEASE), mail)).isEmpty();
        assertThat(ofThese(store().claimDue(NOW.plus(LEASE).minusNanos(1_000), 1_000, LEASE), mail)).isEmpty();

        List<QueuedMail> again = ofThese(store().claimDue(NOW.plus(LEASE), 1_000, LEASE), mail);
        assertThat(again).singleElement().satisfies(queued -> {
            assertThat(queued.id()).isEqualTo(first.id());
            assertThat(queued.attempts()).isEqualTo(1);
            assertThat(queued.enqueuedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void claimsAtMostTheLimitOldestFirst() {
        Instant now = NOW.plusSeconds(3_600);
        moveAsideEverythingDueAt(now);
        OutgoingMail oldest = enqueued(now.minusSeconds(3));
        OutgoingMail older = enqueued(now.minusSeconds(2));
        OutgoingMail newest = enqueued(now.minusSeconds(1));
        OutgoingMail notDue = enqueued(now.plusSeconds(1));

        List<QueuedMail> firstBatch = store().claimDue(now, 2, LEASE);
        List<QueuedMail> secondBatch = store().claimDue(now, 2, LEASE);

        assertThat(firstBatch).extracting(QueuedMail::mail).containsExactlyInAnyOrder(oldest, older);
        assertThat(secondBatch).extracting(QueuedMail::mail).containsExactly(newest);
        assertThat(ofThese(store().claimDue(now.plusSeconds(1), 1_000, LEASE), notDue)).hasSize(1);
    }

    @Test
    void retryAtMakesClaimedMailDueAgainThen() {
        OutgoingMail mail = enqueued(NOW);
        QueuedMail claimed = ofThese(store().claimDue(NOW, 1_000, LEASE), mail).get(0);
        Instant retry = NOW.plus(Duration.ofMinutes(5));

        store().retryAt(claimed.id(), retry);

        assertThat(ofThese(store().claimDue(NOW.plus(LEASE), 1_000, LEASE), mail)).isEmpty();
        assertThat(ofThese(store().claimDue(retry.minusNanos(1_000), 1_000, LEASE), mail)).isEmpty();
        assertThat(ofThese(store().claimDue(retry, 1_000, LEASE), mail)).singleElement()
                .satisfies(queued -> assertThat(queued.attempts()).isEqualTo(1));
    }

    @Test
    void removedMailIsNeverClaimedAgainAndLeavesTheBacklog() {
        int backlogBefore = store().backlog();
        OutgoingMail mail = enqueued(NOW);
        assertThat(store().backlog()).isEqualTo(backlogBefore + 1);
        QueuedMail claimed = ofThese(store().claimDue(NOW, 1_000, LEASE), mail).get(0);

        store().remove(claimed.id());

        assertThat(store().backlog()).isEqualTo(backlogBefore);
        assertThat(ofThese(store().claimDue(NOW.plus(Duration.ofDays(1)), 1_000, LEASE), mail)).isEmpty();
    }

    @Test
    void claimedButUndeliveredMailStaysInTheBacklog() {
        int backlogBefore = store().backlog();
        enqueued(NOW);

        store().claimDue(NOW, 1_000, LEASE);

        assertThat(store().backlog()).isEqualTo(backlogBefore + 1);
    }

    @Test
    void removingOrRetryingUnknownMailIsHarmless() {
        OutgoingMail mail = enqueued(NOW);
        QueuedMail claimed = ofThese(store().claimDue(NOW, 1_000, LEASE), mail).get(0);
        store().remove(claimed.id());

        assertThatCode(() -> store().remove(claimed.id())).doesNotThrowAnyException();
        assertThatCode(() -> store().retryAt(claimed.id(), NOW)).doesNotThrowAnyException();
        assertThat(ofThese(store().claimDue(NOW.plus(Duration.ofDays(1)), 1_000, LEASE), mail)).isEmpty();
    }

    @Test
    void concurrentClaimersNeverGetTheSameMessage() throws Exception {
        Instant now = NOW.plusSeconds(7_200);
        moveAsideEverythingDueAt(now);
        List<OutgoingMail> ours = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ours.add(enqueued(now.minusSeconds(30 - i)));
        }
        MailOutbox shared = store();
        int claimers = 2;
        CyclicBarrier start = new CyclicBarrier(claimers);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<List<QueuedMail>>> results = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<QueuedMail> mine = new ArrayList<>();
                    for (List<QueuedMail> batch = shared.claimDue(now, 3, LEASE); !batch.isEmpty();
                         batch = shared.claimDue(now, 3, LEASE)) {
                        mine.addAll(batch);
                    }
                    return mine;
                }));
            }
            List<Long> claimedIds = new ArrayList<>();
            List<OutgoingMail> claimedMail = new ArrayList<>();
            for (Future<List<QueuedMail>> result : results) {
                for (QueuedMail queued : result.get(60, TimeUnit.SECONDS)) {
                    claimedIds.add(queued.id());
                    claimedMail.add(queued.mail());
                }
            }

            assertThat(new HashSet<>(claimedIds)).as("ids claimed once each").hasSameSizeAs(claimedIds);
            assertThat(claimedMail).containsExactlyInAnyOrderElementsOf(ours);
        } finally {
            pool.shutdownNow();
        }
    }
}
