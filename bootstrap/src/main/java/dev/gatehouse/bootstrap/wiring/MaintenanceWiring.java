package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase;
import dev.gatehouse.application.service.maintenance.PurgeExpiredDataService;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.jobs.BackgroundJobs;
import dev.gatehouse.bootstrap.jobs.ClusterPurge;
import dev.gatehouse.bootstrap.tasks.PurgeExpiredDataTask;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import dev.gatehouse.bootstrap.wiring.Persistence.Ports;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the purge of expired data (sessions, codes, pending accounts, old audit rows, spent attempt
 * counts): on a schedule that runs it on one node per interval ({@link ClusterPurge}), and now, on the
 * operator's {@code purge-expired} task. It reaches into every store, so it takes all the ports.
 */
public final class MaintenanceWiring {

    private MaintenanceWiring() {
    }

    public static void wire(GatehouseConfiguration configuration, Environment environment, Ports ports,
                            BackgroundJobs jobs, Clock clock) {
        Accounts accounts = ports.accounts();
        PurgeExpiredDataUseCase purge = new PurgeExpiredDataService(accounts.sessions(), ports.codes().issued(),
                ports.codes().failures(), accounts.users(), configuration.getSessions().lifetime(),
                configuration.getCodes().rules(), configuration.getCodes().pendingAccountMaxAge(), accounts.audit(),
                configuration.getMaintenance().auditRetention(), ports.attempts(),
                configuration.getThrottling().policies().longestWindow(), ports.emailChanges(),
                ports.revocations(), clock);
        Duration purgeInterval = configuration.getMaintenance().purgeInterval();
        jobs.every(purgeInterval, "purge",
                new ClusterPurge(purge, ports.schedule(), purgeInterval, environment.metrics()));
        environment.admin().addTask(new PurgeExpiredDataTask(purge, ports.lock(), ClusterPurge.JOB));
    }
}
