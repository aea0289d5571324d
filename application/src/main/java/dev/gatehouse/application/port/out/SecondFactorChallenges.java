package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.mfa.SecondFactorChallenge;
import java.time.Instant;
import java.util.Optional;

/** Sign-ins waiting for their second factor, found by the hash of the client's challenge token. */
public interface SecondFactorChallenges {

    /** Stores a new challenge, and drops those of any account that have ended before {@code now}. */
    void add(SecondFactorChallenge challenge, Instant now);

    /**
     * Counts an attempt on the live challenge in one conditional statement, so that however many
     * arrive at once no more than {@code maxAttempts} are ever judged.
     *
     * @return the challenge the attempt was admitted on, or empty when it is unknown, ended or out of attempts
     */
    Optional<SecondFactorChallenge> admitAttempt(String tokenHash, Instant now, int maxAttempts);

    /** Ends the challenge: @return false when another request ended it first */
    boolean consume(String tokenHash);
}
