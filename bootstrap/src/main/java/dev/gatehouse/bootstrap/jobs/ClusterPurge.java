package dev.gatehouse.bootstrap.jobs;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase;
import dev.gatehouse.persistence.ClusterSchedule;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purge as each node schedules it: every node tries every {@code maintenance.purgeInterval},
 * and the {@link ClusterSchedule} lets one of them run it once per interval for the whole cluster.
 * The meters {@value #RUNS} and {@value #SKIPPED} count this node's attempts that purged and those
 * that found the purge done or under way elsewhere, so operators can see that the cluster purges.
 */
public final class ClusterPurge implements Runnable {

    public static final String JOB = "gatehouse.purge";
    static final String RUNS = "gatehouse.purge.runs";
    static final String SKIPPED = "gatehouse.purge.skipped";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPurge.class);

    private final PurgeExpiredDataUseCase purge;
    private final ClusterSchedule schedule;
    private final Duration interval;
    private final Meter runs;
    private final Meter skipped;

    public ClusterPurge(PurgeExpiredDataUseCase purge, ClusterSchedule schedule, Duration interval, MetricRegistry metrics) {
        this.purge = purge;
        this.schedule = schedule;
        this.interval = interval;
        this.runs = metrics.meter(RUNS);
        this.skipped = metrics.meter(SKIPPED);
    }

    @Override
    public void run() {
        ClusterSchedule.Turn turn = schedule.runIfDue(JOB, interval, () -> {
            runs.mark();
            LOG.info("Purged {}", purge.purgeExpired());
        });
        if (turn != ClusterSchedule.Turn.RAN) {
            skipped.mark();
            LOG.debug("Purge skipped: {}", turn);
        }
    }
}
