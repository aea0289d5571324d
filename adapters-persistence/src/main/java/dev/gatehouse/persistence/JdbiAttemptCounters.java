package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.domain.throttle.Admission;
import dev.gatehouse.domain.throttle.AttemptPolicy;
import dev.gatehouse.domain.throttle.AttemptState;
import dev.gatehouse.domain.throttle.ThrottleKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link AttemptCounters} in the {@code attempt_counters} table. An attempt is decided and counted
 * under a row lock ({@code SELECT ... FOR UPDATE}), so parallel attempts on any node are each
 * counted, and each is judged on the count the one before it left.
 * The row is created first, in a statement of its own: locking a row that does not exist yet
 * takes gap locks, and two transactions inserting into the same gap deadlock.
 */
public final class JdbiAttemptCounters implements AttemptCounters {

    private final Jdbi jdbi;

    public JdbiAttemptCounters(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public AttemptState current(ThrottleKey key, Instant now) {
        return jdbi.withExtension(AttemptCounterDao.class, dao -> dao.find(hash(key)))
                .map(JdbiAttemptCounters::toState)
                .orElseGet(() -> AttemptState.fresh(now));
    }

    @Override
    public Admission admit(ThrottleKey key, AttemptPolicy policy, Instant now) {
        return underLock(key, now, before -> policy.admit(before, now));
    }

    @Override
    public AttemptState recordAttempt(ThrottleKey key, AttemptPolicy policy, Instant now) {
        return underLock(key, now, before -> Admission.admitted(policy.afterAttempt(before, now))).after();
    }

    /** One statement: the count cannot go below zero, and the lock a wait started stays. */
    @Override
    public void refund(ThrottleKey key) {
        jdbi.useExtension(AttemptCounterDao.class, dao -> dao.takeBackOne(hash(key)));
    }

    private Admission underLock(ThrottleKey key, Instant now, Function<AttemptState, Admission> decide) {
        String keyHash = hash(key);
        jdbi.useExtension(AttemptCounterDao.class, dao -> dao.insertIfAbsent(keyHash, key.scope().id(),
                UtcDateTimes.toColumn(now)));
        return jdbi.inTransaction(handle -> {
            AttemptCounterDao dao = handle.attach(AttemptCounterDao.class);
            AttemptState before = dao.findForUpdate(keyHash).map(JdbiAttemptCounters::toState)
                    .orElseGet(() -> AttemptState.fresh(now));
            Admission admission = decide.apply(before);
            if (admission.isAdmitted()) {
                AttemptState after = admission.after();
                dao.save(keyHash, key.scope().id(), after.attempts(), UtcDateTimes.toColumn(after.windowStartedAt()),
                        after.lockedUntil().map(UtcDateTimes::toColumn).orElse(null));
            }
            return admission;
        });
    }

    @Override
    public void reset(ThrottleKey key) {
        jdbi.useExtension(AttemptCounterDao.class, dao -> dao.delete(hash(key)));
    }

    @Override
    public int removeIdleSince(Instant cutoff) {
        return jdbi.withExtension(AttemptCounterDao.class, dao -> dao.deleteIdleSince(UtcDateTimes.toColumn(cutoff)));
    }

    private static AttemptState toState(AttemptCounterRow row) {
        return new AttemptState(row.attempts(), UtcDateTimes.toInstant(row.windowStartedAt()),
                Optional.ofNullable(row.lockedUntil()).map(UtcDateTimes::toInstant));
    }

    static String hash(ThrottleKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key.scope().id() + "\n" + key.value()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
