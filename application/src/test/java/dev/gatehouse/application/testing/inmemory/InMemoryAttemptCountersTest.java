package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.application.testing.AttemptCountersContract;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;

class InMemoryAttemptCountersTest extends AttemptCountersContract {

    @Override
    protected AttemptCounters attemptCounters() {
        return new InMemoryAttemptCounters();
    }
}
