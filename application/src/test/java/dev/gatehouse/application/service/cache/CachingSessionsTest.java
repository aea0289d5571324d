package dev.gatehouse.application.service.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.service.cache.CacheFixture.StoredSession;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.application.testing.SeededTokens;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CachingSessionsTest {

    private final CacheFixture node = new CacheFixture();
    private final User ann = node.storedUser();

    /** Cached, then deleted behind the cache's back: the cache still answers until told or expired. */
    private StoredSession cachedThenDeletedElsewhere() {
        StoredSession stored = node.storedSession(ann);
        assertThat(node.check(stored)).isPresent();
        node.sessions.remove(stored.session().id());
        return stored;
    }

    @Test
    void answersFromTheCacheForAtMostTheTtl() {
        StoredSession stored = cachedThenDeletedElsewhere();

        node.clock.advance(CacheFixture.TTL.minusNanos(1000));
        assertThat(node.check(stored)).as("just inside the ttl").isPresent();

        node.clock.advance(Duration.ofNanos(1000));
        assertThat(node.check(stored)).as("at the ttl").isEmpty();
    }

    @Test
    void keepsTheStoredTimesSoExpiryIsJudgedAsFromTheDatabase() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);
        node.clock.advance(Duration.ofMillis(500));

        Session cached = node.check(stored).orElseThrow().session();

        assertThat(cached.lastSeenAt()).isEqualTo(stored.session().lastSeenAt());
        assertThat(cached.absoluteExpiresAt()).isEqualTo(stored.session().absoluteExpiresAt());
    }

    @Test
    void asksTheDatabaseEveryTimeWhenTheTtlIsZero() {
        CacheFixture uncached = new CacheFixture(Duration.ZERO);
        User bob = uncached.storedUser();
        StoredSession stored = uncached.storedSession(bob);
        assertThat(uncached.check(stored)).isPresent();

        uncached.sessions.remove(stored.session().id());

        assertThat(uncached.check(stored)).isEmpty();
        assertThat(uncached.store.size()).isZero();
    }

    @Test
    void neverCachesAnUnknownToken() {
        SessionToken token = new SeededTokens(99).newSessionToken();
        assertThat(node.cachingSessions.findWithUserByTokenHash(token.hash())).isEmpty();

        StoredSession stored = node.storedSession(ann);

        assertThat(node.check(stored)).isPresent();
        assertThat(node.store.size()).isEqualTo(1);
    }

    private void assertRevokedAtOnce(Consumer<StoredSession> revocation) {
        StoredSession stored = node.storedSession(ann);
        assertThat(node.check(stored)).isPresent();

        revocation.accept(stored);

        assertThat(node.check(stored)).as("the very next check").isEmpty();
    }

    @Test
    void removingASessionEvictsItAtOnce() {
        assertRevokedAtOnce(stored -> node.cachingSessions.remove(stored.session().id()));
    }

    @Test
    void removingAnOwnedSessionEvictsItAtOnce() {
        assertRevokedAtOnce(stored -> node.cachingSessions.removeOwnedBy(ann.id(), stored.session().id()));
    }

    @Test
    void removingAllOfAUsersSessionsEvictsThemAtOnce() {
        StoredSession other = node.storedSession(ann);
        node.check(other);

        assertRevokedAtOnce(stored -> node.cachingSessions.removeAllOf(ann.id()));

        assertThat(node.check(other)).isEmpty();
    }

    @Test
    void removingAllButOneEvictsTheOthersAtOnceAndKeepsTheOneWorking() {
        StoredSession kept = node.storedSession(ann);
        node.check(kept);

        assertRevokedAtOnce(stored -> node.cachingSessions.removeAllOfExcept(ann.id(), kept.session().id()));

        assertThat(node.check(kept)).isPresent();
    }

    @Test
    void leavesOtherUsersEntriesAlone() {
        User bob = node.storedUser();
        StoredSession bobs = node.storedSession(bob);
        node.check(bobs);
        node.sessions.remove(bobs.session().id());

        node.cachingSessions.removeAllOf(ann.id());

        assertThat(node.check(bobs)).as("still cached").isPresent();
    }

    @Test
    void replacingATokenStopsTheOldOneBeingFoundAsCurrent() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);
        SessionToken next = new SeededTokens(7).newSessionToken();
        Session rotated = stored.session().withRotatedToken(next.hash(), node.clock.instant());

        assertThat(node.cachingSessions.replaceToken(rotated)).isTrue();

        assertThat(node.check(stored)).isEmpty();
        assertThat(node.cachingSessions.findWithUserByReplacedTokenHash(stored.token().hash())).isPresent();
        assertThat(node.cachingSessions.findWithUserByTokenHash(next.hash())).isPresent();
    }

    @Test
    void postsEachRemovalToTheFeedInItsTransactionAndNothingWhenNothingWasRemoved() {
        StoredSession one = node.storedSession(ann);
        node.storedSession(ann);

        node.cachingSessions.remove(one.session().id());
        node.cachingSessions.remove(one.session().id());
        node.cachingSessions.removeAllOf(ann.id());
        node.cachingSessions.removeAllOf(ann.id());

        assertThat(node.feed.all()).containsExactly(
                Revocation.ofSession(one.session().id()), Revocation.ofUser(ann.id()));
    }

    @Test
    void evictsOnlyOnceTheSurroundingTransactionHasCommitted() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);

        node.transactions.inTransaction(() -> {
            node.cachingSessions.remove(stored.session().id());
            assertThat(node.store.size()).as("before the commit").isEqualTo(1);
        });

        assertThat(node.store.size()).as("after the commit").isZero();
    }

    @Test
    void lastSeenMarksReachTheStoreAndDoNotExtendTheEntry() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);
        node.clock.advance(Duration.ofMillis(900));

        node.cachingSessions.recordLastSeen(stored.session().id(), node.clock.instant());

        assertThat(node.sessions.recordLastSeenCalls()).isEqualTo(1);
        node.sessions.remove(stored.session().id());
        node.clock.advance(Duration.ofMillis(100));
        assertThat(node.check(stored)).isEmpty();
    }

    @Test
    void changingTheUserEvictsItsSessionsAtOnceWithTheNewState() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);

        node.transactions.inTransaction(() -> {
            User locked = node.cachingUsers.findByIdForUpdate(ann.id()).orElseThrow();
            node.cachingUsers.update(locked.disable());
        });

        SessionOfUser seen = node.check(stored).orElseThrow();
        assertThat(seen.user().disabled()).isTrue();
        assertThat(node.feed.all()).containsExactly(Revocation.ofUser(ann.id()));
    }

    @Test
    void aChangeMadeElsewhereIsSeenWithinTheTtl() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);
        node.users.update(ann.disable());

        assertThat(node.check(stored).orElseThrow().user().disabled()).as("cached").isFalse();
        node.clock.advance(CacheFixture.TTL);
        assertThat(node.check(stored).orElseThrow().user().disabled()).as("after the ttl").isTrue();
    }

    @Test
    void anActivationRecordedAtSignInEvictsTheAccountAndAPlainSignInDoesNot() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);
        User signedInAgain = ann.signedInAt(node.clock.instant());

        node.transactions.inTransaction(() -> node.cachingUsers.recordSignIn(ann, signedInAgain));
        assertThat(node.store.size()).as("nothing the cache holds changed").isEqualTo(1);

        User disabled = ann.disable();
        node.users.update(disabled);
        node.transactions.inTransaction(() -> node.cachingUsers.recordSignIn(disabled, disabled.enable()));
        assertThat(node.store.size()).as("the status changed").isZero();
        assertThat(node.feed.all()).as("no revocation to tell other nodes").isEmpty();
    }
}
