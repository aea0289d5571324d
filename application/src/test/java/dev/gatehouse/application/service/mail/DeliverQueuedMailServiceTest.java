package dev.gatehouse.application.service.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.MailDeliveryException;
import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliverQueuedMailServiceTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final SwitchableSender sender = new SwitchableSender();
    private final DeliverQueuedMailService service = new DeliverQueuedMailService(outbox, sender, clock);

    private static OutgoingMail mail(String to) {
        return OutgoingMail.code(MailKind.SIGN_IN_CODE, EmailAddress.of(to), new OneTimeCode("123456"), Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
    }

    @Test
    void deliversQueuedMailAndEmptiesTheOutbox() {
        outbox.enqueue(mail("ann@example.org"), clock.instant());

        assertThat(service.deliverDue()).isEqualTo(1);

        assertThat(sender.sent).extracting(m -> m.to().value()).containsExactly("ann@example.org");
        assertThat(outbox.backlog()).isZero();
    }

    @Test
    void anOutboxFailingOnOneMessageDoesNotHoldBackTheRestOfTheBatch() {
        FailingOnFirstRemove failingOnce = new FailingOnFirstRemove(new InMemoryMailOutbox());
        failingOnce.enqueue(mail("ann@example.org"), clock.instant());
        failingOnce.enqueue(mail("bob@example.org"), clock.instant());
        DeliverQueuedMailService delivering = new DeliverQueuedMailService(failingOnce, sender, clock);

        assertThatThrownBy(delivering::deliverDue).hasMessageContaining("refused the delete");

        assertThat(sender.sent).extracting(m -> m.to().value()).containsExactly("ann@example.org", "bob@example.org");
        assertThat(failingOnce.backlog()).as("only the row that could not be removed").isEqualTo(1);
    }

    @Test
    void keepsMailWhileTheServerIsDownAndDeliversItAfterwards() {
        outbox.enqueue(mail("ann@example.org"), clock.instant());
        sender.down = true;

        assertThat(service.deliverDue()).isZero();
        assertThat(outbox.backlog()).isEqualTo(1);

        sender.down = false;
        assertThat(service.deliverDue()).as("not yet due again").isZero();
        clock.advance(DeliverQueuedMailService.FIRST_RETRY);
        assertThat(service.deliverDue()).isEqualTo(1);
        assertThat(outbox.backlog()).isZero();
    }

    @Test
    void dropsMailWhoseCodeHasExpiredUnsent() {
        outbox.enqueue(mail("ann@example.org"), clock.instant());
        clock.advance(Duration.ofMinutes(10));

        service.deliverDue();

        assertThat(sender.sent).isEmpty();
        assertThat(outbox.backlog()).isZero();
    }

    @Test
    void dropsMailTheTransportRefusesOutright() {
        outbox.enqueue(mail("ann@example.org"), clock.instant());
        sender.refuse = true;

        service.deliverDue();

        assertThat(outbox.backlog()).isZero();
    }

    @Test
    void backsOffExponentiallyUpToTwoMinutes() {
        assertThat(DeliverQueuedMailService.backoff(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliverQueuedMailService.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DeliverQueuedMailService.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(DeliverQueuedMailService.backoff(30)).isEqualTo(Duration.ofMinutes(2));
    }

    /** An outbox whose first removal fails, as a database refusing one delete would. */
    private static final class FailingOnFirstRemove implements MailOutbox {

        private final MailOutbox outbox;
        private boolean failed;

        FailingOnFirstRemove(MailOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void enqueue(OutgoingMail mail, Instant now) {
            outbox.enqueue(mail, now);
        }

        @Override
        public List<QueuedMail> claimDue(Instant now, int limit, Duration lease) {
            return outbox.claimDue(now, limit, lease);
        }

        @Override
        public void remove(long id) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("the database refused the delete");
            }
            outbox.remove(id);
        }

        @Override
        public void retryAt(long id, Instant nextAttemptAt) {
            outbox.retryAt(id, nextAttemptAt);
        }

        @Override
        public int backlog() {
            return outbox.backlog();
        }

        @Override
        public int removeAddressedTo(EmailAddress recipient) {
            return outbox.removeAddressedTo(recipient);
        }
    }

    private static final class SwitchableSender implements MailSender {

        final List<OutgoingMail> sent = new ArrayList<>();
        boolean down;
        boolean refuse;

        @Override
        public void send(OutgoingMail mail) {
            if (down) {
                throw new MailDeliveryException("connection refused", null);
            }
            if (refuse) {
                throw new IllegalArgumentException("cannot carry this address");
            }
            sent.add(mail);
        }

        @Override
        public Optional<String> problem() {
            return down ? Optional.of("down") : Optional.empty();
        }
    }
}
