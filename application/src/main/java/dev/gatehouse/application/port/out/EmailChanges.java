package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The pending change of address of each account, at most one. The callers hold the account's row
 * lock ({@link Users#findByIdForUpdate}) around every read and write of it, as every writer of the
 * account's codes does.
 */
public interface EmailChanges {

    /** Stores {@code change} in place of the account's pending one, if any. */
    void replace(PendingEmailChange change);

    Optional<PendingEmailChange> find(UserId user);

    void remove(UserId user);

    /** Forgets requests made before {@code cutoff}, whose codes are long dead. @return how many */
    int removeRequestedBefore(Instant cutoff);
}
