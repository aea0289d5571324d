package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The live one-time codes of each user and purpose, stored only as keyed hashes. A user may hold
 * the newest {@link CodeRules#LIVE_CODES_KEPT} codes of a purpose at once, so that a stranger who
 * asks for a code for someone's address cannot kill the one its owner is about to type.
 */
public interface IssuedCodes {

    /**
     * Stores {@code code} beside the user's other codes for its purpose, dropping the oldest beyond
     * the newest few, unless the user was issued a code for the purpose less than
     * {@code resendInterval} before it. Decided in one locked step, so of any number of requests at
     * once only one adds a code (and mails it).
     *
     * @return whether the code was stored
     */
    boolean add(IssuedCode code, Duration resendInterval);

    /** The user's most recently issued code for the purpose, live or not. */
    Optional<IssuedCode> newest(UserId user, CodePurpose purpose);

    /**
     * Judges an entered code in one atomic step: a live code with this hash is used up, and of any
     * number of callers at once with the right code exactly one is {@link CodeVerdict#ACCEPTED};
     * otherwise the wrong attempt is counted against every live code of the user and purpose (they
     * share one budget of {@link CodeRules#MAX_ATTEMPTS_PER_CODE}), in the same step. Other codes,
     * newer ones above all, are never removed by a judgement.
     */
    CodeVerdict judge(UserId user, CodePurpose purpose, CodeHash entered, Instant now);

    /** Removes every code of the user and purpose, live or not: a code for a request that was replaced. */
    void removeAll(UserId user, CodePurpose purpose);

    /** @return how many codes expired before {@code now} were removed */
    int removeExpired(Instant now);
}
