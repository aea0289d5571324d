package dev.gatehouse.bootstrap.jobs;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic work of this node (mail delivery, purging) on one daemon thread, started and stopped
 * with the server. A failing run is logged and the next one comes as scheduled: a database that
 * is briefly away must not end the schedule for good.
 *
 * <p>Stopping lets a run under way finish (it holds database rows or a lock) and starts no new one.
 * Dropwizard stops managed objects in the reverse order of registration, after the HTTP server's
 * grace period for requests in flight; these jobs are registered after the connection pool, so
 * they stop before it closes.
 */
public final class BackgroundJobs implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private record Job(String name, Duration interval, Runnable work) {
    }

    private final List<Job> jobs = new ArrayList<>();
    private ScheduledExecutorService scheduler;

    public BackgroundJobs every(Duration interval, String name, Runnable work) {
        jobs.add(new Job(name, interval, work));
        return this;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gatehouse-jobs");
            thread.setDaemon(true);
            return thread;
        });
        for (Job job : jobs) {
            long millis = job.interval().toMillis();
            scheduler.scheduleWithFixedDelay(() -> runSafely(job), millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private static void runSafely(Job job) {
        try {
            job.work().run();
        } catch (RuntimeException failure) {
            LOG.warn("Background job '{}' failed; it runs again in {}", job.name(), job.interval(), failure);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("A background job was still running {} after the stop began; interrupting it", STOP_WAIT);
            scheduler.shutdownNow();
        }
        LOG.info("Background jobs stopped");
    }
}
