package dev.gatehouse.application.service.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.service.cache.CacheFixture.StoredSession;
import dev.gatehouse.application.testing.MapSessionCacheStore;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCacheTest {

    private final CacheFixture node = new CacheFixture();
    private final User ann = node.storedUser();

    @Test
    void countsTheTtlFromTheStartOfTheLookupNotItsEnd() {
        StoredSession stored = node.storedSession(ann);
        SessionOfUser found = node.sessions.findWithUserByTokenHash(stored.token().hash()).orElseThrow();

        node.cache.find(stored.token().hash(), hash -> {
            node.clock.advance(Duration.ofMillis(400));
            return Optional.of(found);
        });
        node.clock.advance(Duration.ofMillis(600));

        assertThat(node.cache.find(stored.token().hash(), hash -> Optional.empty())).as("1 s after the lookup began")
                .isEmpty();
    }

    @Test
    void aLookupThatOverlapsAnEvictionDoesNotKeepWhatItRead() {
        StoredSession stored = node.storedSession(ann);
        SessionOfUser beforeTheRevocation = node.sessions.findWithUserByTokenHash(stored.token().hash()).orElseThrow();

        Optional<SessionOfUser> answered = node.cache.find(stored.token().hash(), hash -> {
            node.cache.evictSession(stored.session().id());
            return Optional.of(beforeTheRevocation);
        });

        assertThat(answered).isPresent();
        assertThat(node.cache.find(stored.token().hash(), hash -> Optional.empty())).isEmpty();
        assertThat(node.store.size()).isZero();
    }

    @Test
    void evictsByUserOnlyThatUsersEntries() {
        User bob = node.storedUser();
        StoredSession anns = node.storedSession(ann);
        StoredSession bobs = node.storedSession(bob);
        node.check(anns);
        node.check(bobs);

        node.cache.evictUser(ann.id());

        assertThat(node.store.get(anns.token().hash())).isEmpty();
        assertThat(node.store.get(bobs.token().hash())).isPresent();
    }

    @Test
    void refusesANegativeTtl() {
        assertThatThrownBy(() -> new SessionCache(new MapSessionCacheStore(), Duration.ofSeconds(-1),
                MutableClock.atDefaultStart())).isInstanceOf(IllegalArgumentException.class);
    }
}
