package dev.gatehouse.bootstrap.tasks;

import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase;
import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase.PurgeReport;
import dev.gatehouse.persistence.MySqlNamedLock;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /tasks/purge-expired} on the admin port: the scheduled purge, now. It takes the same
 * named lock as the schedule, so it never runs beside a purge on another node; when one is running
 * it says so and does nothing, since that purge is doing the same work.
 */
public final class PurgeExpiredDataTask extends Task {

    public static final String NAME = "purge-expired";
    private static final Logger LOG = LoggerFactory.getLogger(PurgeExpiredDataTask.class);

    private final PurgeExpiredDataUseCase purge;
    private final MySqlNamedLock lock;
    private final String lockName;

    public PurgeExpiredDataTask(PurgeExpiredDataUseCase purge, MySqlNamedLock lock, String lockName) {
        super(NAME);
        this.purge = purge;
        this.lock = lock;
        this.lockName = lockName;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        AtomicReference<PurgeReport> report = new AtomicReference<>();
        if (!lock.runExclusively(lockName, () -> report.set(purge.purgeExpired()))) {
            output.println("A purge is running on another node right now; nothing was done here.");
            return;
        }
        PurgeReport purged = report.get();
        LOG.info("Purge requested on the admin port: {}", purged);
        output.printf("Purged %d sessions, %d codes, %d code failures, %d pending accounts, %d audit events, "
                        + "%d throttle counts, %d pending changes of address%n", purged.sessions(), purged.codes(),
                purged.codeFailures(), purged.pendingAccounts(), purged.auditEvents(), purged.attemptCounters(),
                purged.emailChanges());
    }
}
