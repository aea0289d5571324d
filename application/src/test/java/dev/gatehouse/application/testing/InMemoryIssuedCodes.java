package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.CodeVerdict;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Codes in memory, the newest few per user and purpose, judged as atomically as in the database. */
public final class InMemoryIssuedCodes implements IssuedCodes {

    private record Key(UserId user, CodePurpose purpose) {
    }

    /** Oldest first. */
    private final Map<Key, List<IssuedCode>> codes = new HashMap<>();

    @Override
    public synchronized boolean add(IssuedCode code, Duration resendInterval) {
        List<IssuedCode> live = codes.computeIfAbsent(new Key(code.userId(), code.purpose()), key -> new ArrayList<>());
        Instant recentFrom = code.issuedAt().minus(resendInterval);
        if (live.stream().anyMatch(other -> other.issuedAt().isAfter(recentFrom))) {
            return false;
        }
        live.add(code);
        while (live.size() > CodeRules.LIVE_CODES_KEPT) {
            live.remove(0);
        }
        return true;
    }

    @Override
    public synchronized Optional<IssuedCode> newest(UserId user, CodePurpose purpose) {
        List<IssuedCode> list = codes.getOrDefault(new Key(user, purpose), List.of());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** Every code the user holds for the purpose, oldest first: what a test inspects. */
    public synchronized List<IssuedCode> all(UserId user, CodePurpose purpose) {
        return List.copyOf(codes.getOrDefault(new Key(user, purpose), List.of()));
    }

    @Override
    public synchronized CodeVerdict judge(UserId user, CodePurpose purpose, CodeHash entered, Instant now) {
        List<IssuedCode> list = codes.getOrDefault(new Key(user, purpose), new ArrayList<>());
        Optional<IssuedCode> match = list.stream()
                .filter(code -> code.acceptsAttemptAt(now) && code.hash().matches(entered))
                .findFirst();
        if (match.isPresent()) {
            list.remove(match.get());
            return CodeVerdict.ACCEPTED;
        }
        boolean counted = false;
        for (int i = 0; i < list.size(); i++) {
            IssuedCode code = list.get(i);
            if (code.acceptsAttemptAt(now)) {
                list.set(i, IssuedCode.rebuild(user, purpose, code.hash(), code.issuedAt(), code.expiresAt(),
                        code.failedAttempts() + 1));
                counted = true;
            }
        }
        return counted ? CodeVerdict.WRONG : CodeVerdict.NO_LIVE_CODE;
    }

    @Override
    public synchronized void removeAll(UserId user, CodePurpose purpose) {
        codes.remove(new Key(user, purpose));
    }

    @Override
    public synchronized int removeExpired(Instant now) {
        int removed = 0;
        for (List<IssuedCode> list : codes.values()) {
            int before = list.size();
            list.removeIf(code -> !code.expiresAt().isAfter(now));
            removed += before - list.size();
        }
        return removed;
    }
}
