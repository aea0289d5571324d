package dev.gatehouse.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a job that every node schedules once per interval for the whole cluster, not once per node.
 * Under the job's {@link MySqlNamedLock} it reads when the job last started (table
 * {@code scheduled_job_turns}, by the database's clock, so the nodes' clocks need not agree) and runs
 * the work only when a whole interval has passed since, recording the new start first.
 *
 * <p>A node schedules its next attempt an interval after its previous one ended, so the node that
 * ran last always finds the job due on its next attempt: runs are an interval (plus the work's
 * duration) apart, whichever node makes them, and a node that dies simply leaves the turns to the
 * others. A run that fails still used its turn; the next one comes an interval later.
 */
public final class ClusterSchedule {

    /** What an attempt came to. */
    public enum Turn {
        /** This node ran the work. */
        RAN,
        /** The job ran less than an interval ago (on any node). */
        NOT_DUE,
        /** Another node is running it right now. */
        HELD_ELSEWHERE
    }

    private final Jdbi jdbi;
    private final MySqlNamedLock lock;

    public ClusterSchedule(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.lock = new MySqlNamedLock(jdbi);
    }

    /**
     * Runs {@code work} if no node is running job {@code job} and none started it within
     * {@code interval}. The work's exception propagates unchanged.
     *
     * @param job the job's name, at most {@link MySqlNamedLock#MAX_NAME_LENGTH} characters; it also
     *            names the lock, so it should be unique to the deployment on a shared server
     */
    public Turn runIfDue(String job, Duration interval, Runnable work) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(work, "work");
        AtomicReference<Turn> turn = new AtomicReference<>(Turn.HELD_ELSEWHERE);
        lock.runExclusively(job, () -> {
            if (!claimTurn(job, interval)) {
                turn.set(Turn.NOT_DUE);
                return;
            }
            turn.set(Turn.RAN);
            work.run();
        });
        return turn.get();
    }

    /** Only called under the job's lock, so reading and then writing the start time cannot race. */
    private boolean claimTurn(String job, Duration interval) {
        return jdbi.inTransaction(handle -> {
            Optional<Integer> due = handle.createQuery("""
                            SELECT last_started_at <= NOW(6) - INTERVAL :micros MICROSECOND
                            FROM scheduled_job_turns WHERE job = :job""")
                    .bind("job", job)
                    .bind("micros", interval.toNanos() / 1_000)
                    .mapTo(Integer.class)
                    .findOne();
            if (due.isPresent() && due.get() == 0) {
                return false;
            }
            handle.createUpdate("""
                            INSERT INTO scheduled_job_turns (job, last_started_at) VALUES (:job, NOW(6))
                            ON DUPLICATE KEY UPDATE last_started_at = NOW(6)""")
                    .bind("job", job)
                    .execute();
            return true;
        });
    }
}
