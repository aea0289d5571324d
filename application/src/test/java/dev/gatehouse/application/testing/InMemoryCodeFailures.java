package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryCodeFailures implements CodeFailures {

    private record Failure(UserId user, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized void record(UserId user, Instant at) {
        failures.add(new Failure(user, at));
    }

    @Override
    public synchronized int countSince(UserId user, Instant since) {
        return (int) failures.stream().filter(f -> f.user().equals(user) && !f.at().isBefore(since)).count();
    }

    @Override
    public synchronized int removeBefore(Instant cutoff) {
        int before = failures.size();
        failures.removeIf(f -> f.at().isBefore(cutoff));
        return before - failures.size();
    }
}
