package dev.gatehouse.persistence;

import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one node of a cluster at a time, for scheduled jobs that every node starts. It takes
 * a MySQL/MariaDB user-level lock ({@code GET_LOCK}) without waiting, on a connection of its own
 * that it holds until the work is done, then releases it ({@code RELEASE_LOCK}). When another
 * connection holds the lock the work is skipped, not queued: the holder is doing it right now.
 *
 * <p>Lock names are server-wide, not per database: give each job a name that includes something
 * unique to the deployment (for example {@code gatehouse.purge-expired-data}) when several
 * databases share a server. A lock also ends with its connection, so a node that dies while
 * holding it frees it; the flip side is that the work should stay shorter than the server's
 * {@code wait_timeout}, after which the idle lock connection may be dropped. The lock is not
 * re-entrant here: each call uses a new connection, so a nested call for the same name is skipped.
 */
public final class MySqlNamedLock {

    /** MySQL refuses longer names. */
    public static final int MAX_NAME_LENGTH = 64;

    private static final Logger LOG = LoggerFactory.getLogger(MySqlNamedLock.class);

    private final Jdbi jdbi;

    public MySqlNamedLock(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /**
     * Runs {@code work} if no other holder has {@code lockName}, releasing the lock afterwards even
     * when the work throws (its exception then propagates unchanged).
     *
     * @return whether the work ran; {@code false} when another holder had the lock
     * @throws IllegalArgumentException for a blank name or one longer than {@link #MAX_NAME_LENGTH}
     */
    public boolean runExclusively(String lockName, Runnable work) {
        Objects.requireNonNull(lockName, "lockName");
        Objects.requireNonNull(work, "work");
        if (lockName.isBlank() || lockName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a lock name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        // Opened here rather than borrowed through withHandle: the work's own statements must not
        // run on, and so cannot disturb, the connection that holds the lock.
        try (Handle handle = jdbi.open()) {
            if (!acquire(handle, lockName)) {
                LOG.debug("Lock {} is held elsewhere; skipping", lockName);
                return false;
            }
            try {
                work.run();
            } finally {
                release(handle, lockName);
            }
            return true;
        }
    }

    /** {@code GET_LOCK} answers 1 when it got the lock, 0 on timeout (here at once) and NULL on an error. */
    private static boolean acquire(Handle handle, String lockName) {
        Integer got = handle.createQuery("SELECT GET_LOCK(:name, 0)").bind("name", lockName)
                .mapTo(Integer.class).one();
        return Integer.valueOf(1).equals(got);
    }

    private static void release(Handle handle, String lockName) {
        try {
            Integer released = handle.createQuery("SELECT RELEASE_LOCK(:name)").bind("name", lockName)
                    .mapTo(Integer.class).one();
            if (!Integer.valueOf(1).equals(released)) {
                LOG.warn("Lock {} was no longer held by this connection when its work ended (RELEASE_LOCK gave {})",
                        lockName, released);
            }
        } catch (RuntimeException e) {
            // Not rethrown: it would hide the work's outcome. A failed statement here usually means
            // a lost connection, and the server frees the lock with it; a live connection would keep
            // the lock until the pool retires it, skipping the job everywhere until then.
            LOG.error("Could not release lock {}; it ends with its connection", lockName, e);
        }
    }
}
