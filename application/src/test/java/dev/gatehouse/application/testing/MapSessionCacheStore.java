package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.SessionCacheStore;
import dev.gatehouse.domain.session.SessionTokenHash;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** {@link SessionCacheStore} in an unbounded map that drops nothing of its own accord, so tests see the cache's own decisions. */
public final class MapSessionCacheStore implements SessionCacheStore {

    private final ConcurrentHashMap<SessionTokenHash, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> get(SessionTokenHash tokenHash) {
        return Optional.ofNullable(entries.get(tokenHash));
    }

    @Override
    public void put(SessionTokenHash tokenHash, Entry entry) {
        entries.put(tokenHash, entry);
    }

    @Override
    public void remove(SessionTokenHash tokenHash) {
        entries.remove(tokenHash);
    }

    @Override
    public void removeIf(Predicate<Entry> doomed) {
        entries.values().removeIf(doomed);
    }

    public int size() {
        return entries.size();
    }
}
