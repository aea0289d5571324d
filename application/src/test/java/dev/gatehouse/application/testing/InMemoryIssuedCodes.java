package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Codes in memory, one per user and purpose, with the same atomic attempt reservation as the database. */
public final class InMemoryIssuedCodes implements IssuedCodes {

    private record Key(UserId user, CodePurpose purpose) {
    }

    private final Map<Key, IssuedCode> codes = new HashMap<>();

    @Override
    public synchronized void replace(IssuedCode code) {
        codes.put(new Key(code.userId(), code.purpose()), code);
    }

    @Override
    public synchronized Optional<IssuedCode> find(UserId user, CodePurpose purpose) {
        return Optional.ofNullable(codes.get(new Key(user, purpose)));
    }

    @Override
    public synchronized Optional<IssuedCode> reserveAttempt(UserId user, CodePurpose purpose, Instant now) {
        Key key = new Key(user, purpose);
        IssuedCode code = codes.get(key);
        if (code == null || !code.acceptsAttemptAt(now)) {
            return Optional.empty();
        }
        codes.put(key, IssuedCode.rebuild(user, purpose, code.hash(), code.issuedAt(), code.expiresAt(),
                code.failedAttempts() + 1));
        return Optional.of(code);
    }

    @Override
    public synchronized void remove(UserId user, CodePurpose purpose) {
        codes.remove(new Key(user, purpose));
    }

    @Override
    public synchronized int removeExpired(Instant now) {
        int before = codes.size();
        codes.values().removeIf(code -> !code.expiresAt().isAfter(now));
        return before - codes.size();
    }
}
