package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link PasskeyChallenges} in a map by hash, safe to share between threads. */
public final class InMemoryPasskeyChallenges implements PasskeyChallenges {

    private record Issued(ChallengePurpose purpose, Optional<UserId> user, Instant expiresAt) {
    }

    private final Map<String, Issued> issued = new HashMap<>();

    @Override
    public synchronized void add(PasskeyChallenge challenge, ChallengePurpose purpose, Optional<UserId> user,
                                 Instant expiresAt) {
        issued.put(challenge.hash(), new Issued(purpose, user, expiresAt));
    }

    @Override
    public synchronized boolean take(PasskeyChallenge challenge, ChallengePurpose purpose, Optional<UserId> user,
                                     Instant now) {
        Issued found = issued.get(challenge.hash());
        if (found == null || found.purpose() != purpose || !found.user().equals(user) || !found.expiresAt().isAfter(now)) {
            return false;
        }
        issued.remove(challenge.hash());
        return true;
    }

    @Override
    public synchronized int removeExpired(Instant now) {
        int before = issued.size();
        issued.values().removeIf(challenge -> !challenge.expiresAt().isAfter(now));
        return before - issued.size();
    }
}
