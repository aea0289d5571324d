package dev.gatehouse.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.SessionRevocations.Posted;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRevocations} must do. Extend it once per implementation; the tests never
 * assume an empty feed, only that nothing else posts while they run.
 */
public abstract class SessionRevocationsContract {

    /** The feed under test, posting at the time of {@link #clock()}. */
    protected abstract SessionRevocations revocations();

    protected abstract MutableClock clock();

    @Test
    void readsEntriesAfterAPositionInTheOrderPosted() {
        SessionRevocations feed = revocations();
        long start = feed.latestPosition();
        Revocation session = Revocation.ofSession(new SessionId(UUID.randomUUID()));
        Revocation user = Revocation.ofUser(new UserId(UUID.randomUUID()));

        feed.post(session);
        feed.post(user);

        List<Posted> posted = feed.after(start, 10);
        assertThat(posted).extracting(Posted::revocation).containsExactly(session, user);
        assertThat(posted.get(0).position()).isGreaterThan(start);
        assertThat(posted.get(1).position()).isGreaterThan(posted.get(0).position());
        assertThat(feed.latestPosition()).isEqualTo(posted.get(1).position());
        assertThat(feed.after(posted.get(0).position(), 10)).extracting(Posted::revocation).containsExactly(user);
        assertThat(feed.after(feed.latestPosition(), 10)).isEmpty();
    }

    @Test
    void readsNoMoreThanTheLimit() {
        SessionRevocations feed = revocations();
        long start = feed.latestPosition();
        for (int i = 0; i < 3; i++) {
            feed.post(Revocation.ofUser(new UserId(UUID.randomUUID())));
        }

        assertThat(feed.after(start, 2)).hasSize(2);
    }

    @Test
    void removesOnlyEntriesPostedBeforeTheCutoff() {
        SessionRevocations feed = revocations();
        Revocation old = Revocation.ofUser(new UserId(UUID.randomUUID()));
        Revocation recent = Revocation.ofSession(new SessionId(UUID.randomUUID()));
        long start = feed.latestPosition();
        feed.post(old);
        clock().advance(Duration.ofMinutes(61));
        feed.post(recent);

        int removed = feed.removePostedBefore(clock().instant().minus(Duration.ofHours(1)));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(feed.after(start, 10)).extracting(Posted::revocation).containsExactly(recent);
    }
}
