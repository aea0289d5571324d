package dev.gatehouse.bootstrap.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.application.port.out.SessionCacheStore;
import dev.gatehouse.domain.session.SessionTokenHash;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The session cache's entries in Caffeine: at most {@code maxEntries} (the least used go first),
 * each dropped {@code ttl} after it was written, so memory holds no entry the cache would no longer
 * believe anyway. Caffeine lives here and not in the application, which depends on the JDK alone.
 */
public final class CaffeineSessionCacheStore implements SessionCacheStore {

    private final Cache<SessionTokenHash, Entry> entries;

    public CaffeineSessionCacheStore(long maxEntries, Duration ttl) {
        this(maxEntries, ttl, Ticker.systemTicker());
    }

    CaffeineSessionCacheStore(long maxEntries, Duration ttl, Ticker ticker) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(ttl)
                .ticker(ticker)
                // Eviction upkeep on the calling thread: no ForkJoinPool task per write on two cores.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<Entry> get(SessionTokenHash tokenHash) {
        return Optional.ofNullable(entries.getIfPresent(tokenHash));
    }

    @Override
    public void put(SessionTokenHash tokenHash, Entry entry) {
        entries.put(tokenHash, entry);
    }

    @Override
    public void remove(SessionTokenHash tokenHash) {
        entries.invalidate(tokenHash);
    }

    @Override
    public void removeIf(Predicate<Entry> doomed) {
        entries.asMap().values().removeIf(doomed);
    }

    /** How many entries are held now, after pending upkeep. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
