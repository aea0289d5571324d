package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryMailOutbox implements MailOutbox {

    private record Entry(QueuedMail mail, Instant dueAt) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized void enqueue(OutgoingMail mail, Instant now) {
        long id = nextId++;
        entries.put(id, new Entry(new QueuedMail(id, mail, now, 0), now));
    }

    @Override
    public synchronized List<QueuedMail> claimDue(Instant now, int limit, Duration lease) {
        List<QueuedMail> claimed = new ArrayList<>();
        entries.values().stream()
                .filter(entry -> !entry.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Entry::dueAt))
                .limit(limit)
                .toList()
                .forEach(entry -> {
                    QueuedMail mail = entry.mail();
                    entries.put(mail.id(), new Entry(
                            new QueuedMail(mail.id(), mail.mail(), mail.enqueuedAt(), mail.attempts() + 1), now.plus(lease)));
                    claimed.add(mail);
                });
        return claimed;
    }

    @Override
    public synchronized void remove(long id) {
        entries.remove(id);
    }

    @Override
    public synchronized void retryAt(long id, Instant nextAttemptAt) {
        Entry entry = entries.get(id);
        if (entry != null) {
            entries.put(id, new Entry(entry.mail(), nextAttemptAt));
        }
    }

    @Override
    public synchronized int removeAddressedTo(EmailAddress recipient) {
        int before = entries.size();
        entries.values().removeIf(entry -> entry.mail().mail().to().equals(recipient));
        return before - entries.size();
    }

    @Override
    public synchronized int backlog() {
        return entries.size();
    }

    public synchronized List<OutgoingMail> queued() {
        return entries.values().stream().map(entry -> entry.mail().mail()).toList();
    }
}
