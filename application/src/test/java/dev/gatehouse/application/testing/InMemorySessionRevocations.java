package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionRevocations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SessionRevocations} in a list, safe to share between threads. Positions count from 1 and
 * every post commits at once, so it never shows the gaps a database can; {@link #skipPosition()}
 * makes one, as a rolled-back transaction would.
 */
public final class InMemorySessionRevocations implements SessionRevocations {

    private record Stored(Posted posted, Instant postedAt) {
    }

    private final Clock clock;
    private final List<Stored> entries = new ArrayList<>();
    private long lastPosition;

    public InMemorySessionRevocations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void post(Revocation revocation) {
        entries.add(new Stored(new Posted(++lastPosition, revocation), clock.instant()));
    }

    /** Uses up a position without an entry. */
    public synchronized void skipPosition() {
        lastPosition++;
    }

    /** Stores an entry at a position taken earlier, as a transaction that committed late would. */
    public synchronized void postAt(long position, Revocation revocation) {
        entries.add(new Stored(new Posted(position, revocation), clock.instant()));
        entries.sort((a, b) -> Long.compare(a.posted().position(), b.posted().position()));
    }

    @Override
    public synchronized long latestPosition() {
        return entries.stream().mapToLong(entry -> entry.posted().position()).max().orElse(0);
    }

    @Override
    public synchronized List<Posted> after(long position, int limit) {
        return entries.stream().map(Stored::posted).filter(posted -> posted.position() > position)
                .limit(limit).toList();
    }

    @Override
    public synchronized int removePostedBefore(Instant cutoff) {
        int before = entries.size();
        entries.removeIf(entry -> entry.postedAt().isBefore(cutoff));
        return before - entries.size();
    }

    public synchronized List<Revocation> all() {
        return new ArrayList<>(entries.stream().map(entry -> entry.posted().revocation()).toList());
    }
}
