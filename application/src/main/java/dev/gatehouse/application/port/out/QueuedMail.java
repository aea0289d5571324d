package dev.gatehouse.application.port.out;

import java.time.Instant;

/** A message in the outbox with its delivery history. */
public record QueuedMail(long id, OutgoingMail mail, Instant enqueuedAt, int attempts) {
}
