package dev.gatehouse.application.service.cache;

import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.SessionRevocations.Posted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads the revocation feed where this node left off and drops from its {@link SessionCache} what
 * other nodes revoked; the server calls {@link #catchUp()} every quarter second. A node starts at
 * the newest entry: its cache is empty then, so nothing older concerns it.
 *
 * <p>Positions are numbered when an entry is posted but visible only once its transaction commits,
 * so a lower position can appear after a higher one; and a rolled-back transaction leaves a
 * position that never appears. The follower therefore advances only over positions it has seen
 * without a gap, keeps reading above a gap, and gives a gap up after {@link #GAP_PATIENCE}, longer
 * than any transaction lasts. An entry seen twice is evicted once. Even an entry missed altogether
 * outlives no cached copy for long: none is believed longer than the cache's ttl.
 */
public final class RevocationFeedFollower {

    static final Duration GAP_PATIENCE = Duration.ofSeconds(30);
    static final int BATCH = 500;

    private final SessionRevocations feed;
    private final SessionCache cache;
    private final Clock clock;
    /** Every position at or below it has been evicted or given up. */
    private long position;
    /** Positions above {@link #position} already evicted, beyond a gap, with when they were first seen. */
    private final TreeMap<Long, Instant> seenAboveGap = new TreeMap<>();

    public RevocationFeedFollower(SessionRevocations feed, SessionCache cache, Clock clock) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.position = feed.latestPosition();
    }

    /** Evicts every entry posted since the last call. Not for concurrent calls: one job runs it. @return how many */
    public synchronized int catchUp() {
        Instant now = clock.instant();
        int evicted = 0;
        while (true) {
            var batch = feed.after(position, BATCH);
            for (Posted posted : batch) {
                if (seenAboveGap.putIfAbsent(posted.position(), now) == null) {
                    cache.evict(posted.revocation());
                    evicted++;
                }
            }
            advance(now);
            if (batch.size() < BATCH || !seenAboveGap.isEmpty()) {
                return evicted;
            }
        }
    }

    private void advance(Instant now) {
        while (!seenAboveGap.isEmpty()) {
            Map.Entry<Long, Instant> lowest = seenAboveGap.firstEntry();
            boolean next = lowest.getKey() == position + 1;
            boolean gapGivenUp = !lowest.getValue().plus(GAP_PATIENCE).isAfter(now);
            if (!next && !gapGivenUp) {
                return;
            }
            position = lowest.getKey();
            seenAboveGap.remove(position);
        }
    }

    /** The position at or below which everything has been handled. */
    public synchronized long position() {
        return position;
    }
}
