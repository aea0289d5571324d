package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The authenticator app of each account: its secret, sealed ({@link TotpSecretSeal}), whether it
 * is confirmed (required at sign-in) or still pending, and the last time step whose code was
 * accepted, so that a code is accepted once. Every state change is one conditional statement.
 */
public interface TotpCredentials {

    /** What is stored for an account. {@code lastStep} is -1 before any code was accepted. */
    record StoredTotp(byte[] sealedSecret, boolean confirmed, long lastStep) {
    }

    /** A new pending secret in place of any pending one; a confirmed one is never replaced. @return whether it was stored */
    boolean replacePending(UserId user, byte[] sealedSecret, Instant now);

    Optional<StoredTotp> find(UserId user);

    /**
     * Confirms the pending secret the code of {@code step} was checked against: @return false when
     * there is none, a racer confirmed it, or another enrolment replaced it meanwhile (the person's
     * app holds the one checked, so the replacement must not become the account's)
     */
    boolean confirm(UserId user, byte[] checkedSecret, long step, Instant now);

    /** Accepts a code of {@code step} once: @return false when that step or a later one was already accepted */
    boolean acceptStep(UserId user, long step);

    /** @return whether a confirmed secret was removed */
    boolean removeConfirmed(UserId user);

    /** Whether the account has a confirmed authenticator app (asked at every sign-in). */
    default boolean confirmed(UserId user) {
        return find(user).map(StoredTotp::confirmed).orElse(false);
    }
}
