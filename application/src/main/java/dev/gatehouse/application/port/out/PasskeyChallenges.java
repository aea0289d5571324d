package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** The WebAuthn challenges issued and not yet answered, kept as their hashes. */
public interface PasskeyChallenges {

    /** {@code user}: the account a registration challenge is bound to; none for sign-in. */
    void add(PasskeyChallenge challenge, ChallengePurpose purpose, Optional<UserId> user, Instant expiresAt);

    /**
     * Uses up the challenge if it was issued for {@code purpose} (and {@code user}) and is still live
     * at {@code now}, in one conditional statement: of any number of answers at once, one takes it.
     *
     * @return whether this caller took it
     */
    boolean take(PasskeyChallenge challenge, ChallengePurpose purpose, Optional<UserId> user, Instant now);

    /** @return how many challenges that expired before {@code now} were removed */
    int removeExpired(Instant now);
}
