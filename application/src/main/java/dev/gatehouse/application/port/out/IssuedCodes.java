package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** The live one-time codes, at most one per user and purpose, stored only as keyed hashes. */
public interface IssuedCodes {

    /** Stores {@code code}, replacing the user's previous code for the same purpose. */
    void replace(IssuedCode code);

    Optional<IssuedCode> find(UserId user, CodePurpose purpose);

    /**
     * Counts one attempt against the user's code before it is compared, in one atomic step, so
     * parallel guesses cannot get past the per-code limit. Empty when no code accepts an attempt.
     *
     * @return the code as it was before this attempt was counted
     */
    Optional<IssuedCode> reserveAttempt(UserId user, CodePurpose purpose, Instant now);

    void remove(UserId user, CodePurpose purpose);

    /** @return how many codes expired before {@code now} were removed */
    int removeExpired(Instant now);
}
