package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryAuditTrail implements AuditTrail {

    private final List<RecordedAuditEvent> events = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(new RecordedAuditEvent(++lastId, event));
    }

    @Override
    public synchronized List<RecordedAuditEvent> newestFirst(int offset, int limit) {
        return events.stream()
                .sorted(Comparator.comparing((RecordedAuditEvent e) -> e.event().at())
                        .thenComparingLong(RecordedAuditEvent::id).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long count() {
        return events.size();
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff) {
        int before = events.size();
        events.removeIf(e -> e.event().at().isBefore(cutoff));
        return before - events.size();
    }

    @Override
    public synchronized List<RecordedAuditEvent> about(UserId account) {
        return newestFirst(0, events.size()).stream()
                .filter(recorded -> names(recorded.event().subject(), account) || names(recorded.event().actor(), account))
                .toList();
    }

    private static boolean names(Optional<AuditedAccount> named, UserId account) {
        return named.flatMap(AuditedAccount::id).filter(account::equals).isPresent();
    }

    @Override
    public synchronized void pseudonymise(UserId account, EmailAddress email, AuditedAccount pseudonym) {
        for (int i = 0; i < events.size(); i++) {
            RecordedAuditEvent recorded = events.get(i);
            AuditEvent event = recorded.event();
            Optional<AuditedAccount> actor = event.actor().map(named -> renamed(named, account, email, pseudonym));
            Optional<AuditedAccount> subject = event.subject().map(named -> renamed(named, account, email, pseudonym));
            if (!actor.equals(event.actor()) || !subject.equals(event.subject())) {
                events.set(i, new RecordedAuditEvent(recorded.id(), new AuditEvent(event.at(), event.type(), actor,
                        subject, event.detail(), event.origin())));
            }
        }
    }

    private static AuditedAccount renamed(AuditedAccount named, UserId account, EmailAddress email,
                                          AuditedAccount pseudonym) {
        // By id; by address only where no id was known, as a row under another id is that account's history.
        boolean isTheAccount = named.id().map(account::equals).orElseGet(() -> named.email().equals(email));
        return isTheAccount ? pseudonym : named;
    }

    /** Every event in the order recorded. */
    public synchronized List<AuditEvent> events() {
        return events.stream().map(RecordedAuditEvent::event).toList();
    }

    public synchronized List<AuditEvent> eventsOf(AuditEventType type) {
        return events().stream().filter(e -> e.type() == type).toList();
    }

    /** The one event of {@code type}; fails when there is none or more than one. */
    public synchronized AuditEvent only(AuditEventType type) {
        List<AuditEvent> found = eventsOf(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " event, found " + found.size() + " in " + events());
        }
        return found.get(0);
    }
}
