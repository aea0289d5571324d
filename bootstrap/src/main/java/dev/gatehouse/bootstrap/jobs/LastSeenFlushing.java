package dev.gatehouse.bootstrap.jobs;

import dev.gatehouse.persistence.DeferredLastSeenSessions;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;

/**
 * Writes the sessions' collected last-seen marks every {@link #INTERVAL} on a thread of its own, so
 * that slower jobs never hold them up, and once more when the server stops (before its connection
 * pool does, being registered after it).
 */
public final class LastSeenFlushing implements Managed {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final DeferredLastSeenSessions sessions;
    private final BackgroundJobs schedule;

    public LastSeenFlushing(DeferredLastSeenSessions sessions) {
        this.sessions = sessions;
        this.schedule = new BackgroundJobs().every(INTERVAL, "last-seen marks", sessions::flush);
    }

    @Override
    public void start() {
        schedule.start();
    }

    @Override
    public void stop() throws InterruptedException {
        schedule.stop();
        sessions.flush();
    }
}
