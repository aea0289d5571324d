package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link EmailChanges} in a map, safe to share between threads. */
public final class InMemoryEmailChanges implements EmailChanges {

    private final Map<UserId, PendingEmailChange> pending = new HashMap<>();

    @Override
    public synchronized void replace(PendingEmailChange change) {
        pending.put(change.userId(), change);
    }

    @Override
    public synchronized Optional<PendingEmailChange> find(UserId user) {
        return Optional.ofNullable(pending.get(user));
    }

    @Override
    public synchronized void remove(UserId user) {
        pending.remove(user);
    }

    @Override
    public synchronized int removeRequestedBefore(Instant cutoff) {
        int before = pending.size();
        pending.values().removeIf(change -> change.requestedAt().isBefore(cutoff));
        return before - pending.size();
    }
}
