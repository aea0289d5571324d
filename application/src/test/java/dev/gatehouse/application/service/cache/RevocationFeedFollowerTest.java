package dev.gatehouse.application.service.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.service.cache.CacheFixture.StoredSession;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RevocationFeedFollowerTest {

    private final CacheFixture node = new CacheFixture();
    private final User ann = node.storedUser();

    private StoredSession cached() {
        StoredSession stored = node.storedSession(ann);
        node.check(stored);
        return stored;
    }

    private boolean isCached(StoredSession stored) {
        return node.store.get(stored.token().hash()).isPresent();
    }

    @Test
    void startsAtTheNewestEntry() {
        StoredSession stored = cached();
        node.feed.post(Revocation.ofSession(stored.session().id()));

        RevocationFeedFollower follower = new RevocationFeedFollower(node.feed, node.cache, node.clock);

        assertThat(follower.catchUp()).isZero();
        assertThat(isCached(stored)).isTrue();
    }

    @Test
    void evictsWhatOtherNodesRevokedBySessionAndByUser() {
        RevocationFeedFollower follower = new RevocationFeedFollower(node.feed, node.cache, node.clock);
        StoredSession one = cached();
        User bob = node.storedUser();
        StoredSession bobs = node.storedSession(bob);
        node.check(bobs);
        StoredSession kept = node.storedSession(node.storedUser());
        node.check(kept);

        node.feed.post(Revocation.ofSession(one.session().id()));
        node.feed.post(Revocation.ofUser(bob.id()));

        assertThat(follower.catchUp()).isEqualTo(2);
        assertThat(isCached(one)).isFalse();
        assertThat(isCached(bobs)).isFalse();
        assertThat(isCached(kept)).isTrue();
        assertThat(follower.catchUp()).as("nothing new").isZero();
    }

    @Test
    void evictsAnEntryThatCommitsAfterAHigherOne() {
        RevocationFeedFollower follower = new RevocationFeedFollower(node.feed, node.cache, node.clock);
        long start = follower.position();
        StoredSession late = cached();
        node.feed.skipPosition();
        node.feed.post(Revocation.ofUser(node.storedUser().id()));
        assertThat(follower.catchUp()).isEqualTo(1);
        assertThat(follower.position()).as("held below the gap").isEqualTo(start);

        node.feed.postAt(start + 1, Revocation.ofSession(late.session().id()));

        assertThat(follower.catchUp()).as("the late one only, the other evicted once").isEqualTo(1);
        assertThat(isCached(late)).isFalse();
        assertThat(follower.position()).isEqualTo(start + 2);
    }

    @Test
    void givesUpAGapThatOutlivesAnyTransaction() {
        RevocationFeedFollower follower = new RevocationFeedFollower(node.feed, node.cache, node.clock);
        long start = follower.position();
        node.feed.skipPosition();
        node.feed.post(Revocation.ofUser(ann.id()));
        follower.catchUp();

        node.clock.advance(RevocationFeedFollower.GAP_PATIENCE);
        follower.catchUp();

        assertThat(follower.position()).isEqualTo(start + 2);
    }

    @Test
    void readsEverythingPostedSinceTheLastCallEvenBeyondOneBatch() {
        RevocationFeedFollower follower = new RevocationFeedFollower(node.feed, node.cache, node.clock);
        StoredSession last = cached();
        for (int i = 0; i < RevocationFeedFollower.BATCH + 10; i++) {
            node.feed.post(Revocation.ofUser(node.storedUser().id()));
        }
        node.feed.post(Revocation.ofSession(last.session().id()));

        assertThat(follower.catchUp()).isEqualTo(RevocationFeedFollower.BATCH + 11);
        assertThat(isCached(last)).isFalse();
    }

    @Test
    void evictsWithinTheTtlEvenWithoutTheFeed() {
        StoredSession stored = cached();
        node.sessions.remove(stored.session().id());

        node.clock.advance(Duration.ofSeconds(1));

        assertThat(node.check(stored)).isEmpty();
    }
}
