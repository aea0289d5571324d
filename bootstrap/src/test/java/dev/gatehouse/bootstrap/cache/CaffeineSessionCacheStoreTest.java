package dev.gatehouse.bootstrap.cache;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.SessionCacheStore.Entry;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaffeineSessionCacheStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final User ann = aUser().build();

    private static Entry entryOf(User user) {
        Session session = aSession().of(user).build();
        return new Entry(new SessionOfUser(session, user), Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static SessionTokenHash hashOf(Entry entry) {
        return entry.found().session().tokenHash();
    }

    @Test
    void holdsNoMoreThanItsBound() {
        CaffeineSessionCacheStore store = new CaffeineSessionCacheStore(100, Duration.ofMinutes(1), nanos::get);

        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Entry entry = entryOf(ann);
            entries.add(entry);
            store.put(hashOf(entry), entry);
        }

        assertThat(store.size()).isLessThanOrEqualTo(100);
        assertThat(entries.stream().filter(entry -> store.get(hashOf(entry)).isPresent()).count())
                .isLessThanOrEqualTo(100);
    }

    @Test
    void dropsAnEntryOnceItsTtlHasPassedSinceItWasWritten() {
        CaffeineSessionCacheStore store = new CaffeineSessionCacheStore(100, Duration.ofSeconds(1), nanos::get);
        Entry entry = entryOf(ann);
        store.put(hashOf(entry), entry);

        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(store.get(hashOf(entry))).isPresent();

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(store.get(hashOf(entry))).isEmpty();
    }

    @Test
    void removesByTokenAndByWhatTheEntryHolds() {
        CaffeineSessionCacheStore store = new CaffeineSessionCacheStore(100, Duration.ofMinutes(1), nanos::get);
        User bob = aUser().build();
        Entry anns = entryOf(ann);
        Entry annsOther = entryOf(ann);
        Entry bobs = entryOf(bob);
        List.of(anns, annsOther, bobs).forEach(entry -> store.put(hashOf(entry), entry));

        store.remove(hashOf(annsOther));
        assertThat(store.get(hashOf(annsOther))).isEmpty();

        store.removeIf(entry -> entry.found().user().id().equals(ann.id()));
        assertThat(store.get(hashOf(anns))).isEmpty();
        assertThat(store.get(hashOf(bobs))).isPresent();
    }
}
