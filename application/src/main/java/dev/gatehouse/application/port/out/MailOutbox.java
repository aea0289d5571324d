package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Mail waiting to be delivered. Enqueued in the same transaction as the code it carries, so a
 * code is never stored without its mail nor mailed without being stored; delivery happens later,
 * off the request path, and survives a mail server that is down. A message leaves the outbox as
 * soon as it is delivered or can no longer be of use, so codes do not linger in it.
 */
public interface MailOutbox {

    void enqueue(OutgoingMail mail, Instant now);

    /**
     * Takes up to {@code limit} messages due at {@code now} and hides them from other claimers for
     * {@code lease}, so that several nodes can deliver without sending anything twice. Each claim
     * counts as an attempt; {@link QueuedMail#attempts()} is the count before this one.
     */
    List<QueuedMail> claimDue(Instant now, int limit, Duration lease);

    void remove(long id);

    void retryAt(long id, Instant nextAttemptAt);

    /** Forgets every message waiting for {@code recipient} (its account is being deleted). @return how many */
    int removeAddressedTo(EmailAddress recipient);

    /** Messages not yet delivered. */
    int backlog();
}
