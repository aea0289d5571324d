package dev.gatehouse.application.service.mail;

import dev.gatehouse.application.port.in.mail.DeliverQueuedMailUseCase;
import dev.gatehouse.application.port.out.MailDeliveryException;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.QueuedMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers queued mail with exponential back-off. A message whose code has expired is dropped
 * unsent: it could only confuse its reader, and it should not sit in the outbox any longer. So is
 * one the transport refuses outright; the person can ask for a new code.
 */
public final class DeliverQueuedMailService implements DeliverQueuedMailUseCase {

    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(1);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(2);

    private final MailOutbox outbox;
    private final MailSender sender;
    private final Clock clock;

    public DeliverQueuedMailService(MailOutbox outbox, MailSender sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Every claimed message gets its turn even when the outbox fails on one of them (its row cannot
     * be removed, say): the others of the batch are leased already and would otherwise wait out the
     * lease. The first such failure is thrown after the batch, for the job to report.
     */
    @Override
    public int deliverDue() {
        int delivered = 0;
        RuntimeException firstFailure = null;
        for (QueuedMail queued : outbox.claimDue(clock.instant(), BATCH, LEASE)) {
            try {
                if (deliver(queued)) {
                    delivered++;
                }
            } catch (RuntimeException failure) {
                if (firstFailure == null) {
                    firstFailure = failure;
                } else {
                    firstFailure.addSuppressed(failure);
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return delivered;
    }

    private boolean deliver(QueuedMail queued) {
        Instant now = clock.instant();
        if (!now.isBefore(queued.enqueuedAt().plus(queued.mail().validFor()))) {
            outbox.remove(queued.id());
            return false;
        }
        try {
            sender.send(queued.mail());
            outbox.remove(queued.id());
            return true;
        } catch (MailDeliveryException failure) {
            outbox.retryAt(queued.id(), now.plus(backoff(queued.attempts())));
            return false;
        } catch (IllegalArgumentException undeliverable) {
            // The transport refused the message itself (an address it cannot carry): retrying cannot help.
            outbox.remove(queued.id());
            return false;
        }
    }

    static Duration backoff(int previousAttempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(previousAttempts, 10));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}
