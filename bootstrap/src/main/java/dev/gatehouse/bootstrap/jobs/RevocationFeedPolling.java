package dev.gatehouse.bootstrap.jobs;

import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.service.cache.RevocationFeedFollower;
import dev.gatehouse.application.service.cache.SessionCache;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the revocation feed every {@link #INTERVAL} on a thread of its own, so that a revocation on
 * another node drops this node's cached copy within about that, well inside the cache's ttl. Every
 * node polls for itself: nothing is shared but the rows it reads. It begins at the feed's newest
 * entry when the server starts, before requests are served.
 *
 * <p>While the database is away the polls fail; the first failure is logged, the rest only when it
 * is back. Meanwhile no cached copy outlives the ttl, so revocations still reach this node in time.
 */
public final class RevocationFeedPolling implements Managed {

    public static final Duration INTERVAL = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(RevocationFeedPolling.class);

    private final SessionRevocations feed;
    private final SessionCache cache;
    private final Clock clock;
    private BackgroundJobs schedule;
    private RevocationFeedFollower follower;
    private boolean failing;

    public RevocationFeedPolling(SessionRevocations feed, SessionCache cache, Clock clock) {
        this.feed = feed;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public void start() {
        follower = new RevocationFeedFollower(feed, cache, clock);
        schedule = new BackgroundJobs().every(INTERVAL, "revocation feed", this::poll);
        schedule.start();
    }

    private void poll() {
        try {
            int evicted = follower.catchUp();
            if (failing) {
                failing = false;
                LOG.info("Revocation feed read again (position {}, {} evicted)", follower.position(), evicted);
            }
        } catch (RuntimeException failure) {
            if (!failing) {
                failing = true;
                LOG.warn("Revocation feed could not be read; cached sessions still expire within the cache ttl", failure);
            }
        }
    }

    @Override
    public void stop() throws InterruptedException {
        schedule.stop();
    }
}
