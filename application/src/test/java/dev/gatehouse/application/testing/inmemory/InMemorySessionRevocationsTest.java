package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.testing.InMemorySessionRevocations;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SessionRevocationsContract;

class InMemorySessionRevocationsTest extends SessionRevocationsContract {

    private final MutableClock clock = MutableClock.atDefaultStart();

    @Override
    protected SessionRevocations revocations() {
        return new InMemorySessionRevocations(clock);
    }

    @Override
    protected MutableClock clock() {
        return clock;
    }
}
