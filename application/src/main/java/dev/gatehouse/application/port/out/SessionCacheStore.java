package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionTokenHash;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the session cache keeps its entries: a concurrent map bounded in size, which drops entries
 * of its own accord (the least used first, and each one once {@code trustedUntil} has passed) so
 * that memory stays bounded. Whether an entry may still be believed is the cache's decision, not
 * the store's: it reads {@code trustedUntil}.
 */
public interface SessionCacheStore {

    Optional<Entry> get(SessionTokenHash tokenHash);

    void put(SessionTokenHash tokenHash, Entry entry);

    void remove(SessionTokenHash tokenHash);

    /** Removes every entry {@code doomed} accepts; a revocation by session or by account comes here. */
    void removeIf(Predicate<Entry> doomed);

    /** A session check as the database answered it, believed until {@code trustedUntil}. */
    record Entry(SessionOfUser found, Instant trustedUntil) {
    }
}
