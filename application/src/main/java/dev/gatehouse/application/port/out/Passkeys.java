package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The accounts' registered passkeys; they go with their account. */
public interface Passkeys {

    /** @return false, adding nothing, when a passkey with that credential id is registered already (to anyone) */
    boolean add(Passkey passkey);

    /** Oldest first. */
    List<Passkey> ofUser(UserId user);

    Optional<Passkey> findByCredentialId(CredentialId credentialId);

    /** @return whether the account had that passkey */
    boolean remove(UserId user, PasskeyId passkey);

    /**
     * Records a sign-in with the passkey: its new signature count and when, in one conditional
     * statement that holds only while the stored count is still below {@code presented} (or both are
     * 0, for authenticators that do not count), so of two uses presenting the same count at most one
     * is recorded.
     *
     * @return whether it was recorded; false for a count that did not move forward
     */
    boolean recordUse(PasskeyId passkey, long presented, Instant at);
}
