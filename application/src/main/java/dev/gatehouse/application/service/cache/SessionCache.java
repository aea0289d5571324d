package dev.gatehouse.application.service.cache;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionCacheStore;
import dev.gatehouse.application.port.out.SessionCacheStore.Entry;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Session checks as the database last answered them, each believed for at most {@code ttl} from the
 * moment its lookup began, never longer: nothing here extends an entry, and the session's own ends
 * are judged from the times it holds, as for a fresh read. Only sessions found are kept; a token
 * that matched nothing is asked again, so a session just started is never refused.
 *
 * <p>An eviction must not be undone by a lookup that was reading the database while it happened
 * (it may have read the rows the eviction's transaction was deleting). Every eviction therefore
 * bumps a counter first, and a lookup that sees the counter changed between the start of its read
 * and the moment it stored the answer takes the answer out again. Callers evict after the
 * revocation has committed ({@code TransactionRunner.afterCommit}), so a lookup that starts after
 * the eviction reads the committed state.
 *
 * <p>A {@code ttl} of zero turns the cache off: every lookup goes to the database.
 */
public final class SessionCache {

    private final SessionCacheStore store;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong evictions = new AtomicLong();

    public SessionCache(SessionCacheStore store, Duration ttl, Clock clock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative");
        }
        this.store = Objects.requireNonNull(store, "store");
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** No cache: every lookup goes to the database; evictions do nothing. For tools beside the server. */
    public static SessionCache off(Clock clock) {
        return new SessionCache(NoStore.INSTANCE, Duration.ZERO, clock);
    }

    public boolean enabled() {
        return !ttl.isZero();
    }

    /** The cached check of {@code tokenHash} while it is trusted, else {@code database}'s answer, then kept. */
    public Optional<SessionOfUser> find(SessionTokenHash tokenHash,
                                       Function<SessionTokenHash, Optional<SessionOfUser>> database) {
        if (!enabled()) {
            return database.apply(tokenHash);
        }
        Instant lookupStart = clock.instant();
        Optional<Entry> cached = store.get(tokenHash);
        if (cached.isPresent() && lookupStart.isBefore(cached.get().trustedUntil())) {
            return Optional.of(cached.get().found());
        }
        long evictionsBefore = evictions.get();
        Optional<SessionOfUser> found = database.apply(tokenHash);
        found.ifPresent(session -> keep(tokenHash, new Entry(session, lookupStart.plus(ttl)), evictionsBefore));
        return found;
    }

    private void keep(SessionTokenHash tokenHash, Entry entry, long evictionsBefore) {
        store.put(tokenHash, entry);
        if (evictions.get() != evictionsBefore) {
            store.remove(tokenHash);
        }
    }

    public void evictToken(SessionTokenHash tokenHash) {
        evictions.incrementAndGet();
        store.remove(tokenHash);
    }

    public void evictSession(SessionId session) {
        evictWhere(entry -> entry.found().session().id().equals(session));
    }

    /** Every session of {@code user}: its sessions ended, or the account (roles, status, password) changed. */
    public void evictUser(UserId user) {
        evictWhere(entry -> entry.found().user().id().equals(user));
    }

    public void evict(Revocation revocation) {
        if (revocation instanceof Revocation.OfSession ended) {
            evictSession(ended.session());
        } else if (revocation instanceof Revocation.OfUser changed) {
            evictUser(changed.user());
        }
    }

    /**
     * A scan of the whole store: revocations are rare next to session checks, and a second index
     * by session and by account would have to follow the store's own evictions.
     */
    void evictWhere(Predicate<Entry> doomed) {
        evictions.incrementAndGet();
        store.removeIf(doomed);
    }

    private enum NoStore implements SessionCacheStore {
        INSTANCE;

        @Override
        public Optional<Entry> get(SessionTokenHash tokenHash) {
            return Optional.empty();
        }

        @Override
        public void put(SessionTokenHash tokenHash, Entry entry) {
        }

        @Override
        public void remove(SessionTokenHash tokenHash) {
        }

        @Override
        public void removeIf(Predicate<Entry> doomed) {
        }
    }
}
