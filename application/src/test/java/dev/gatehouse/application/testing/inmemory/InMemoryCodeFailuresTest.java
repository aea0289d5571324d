package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.CodeFailuresContract;
import dev.gatehouse.application.testing.InMemoryCodeFailures;
import dev.gatehouse.application.testing.InMemoryUsers;

class InMemoryCodeFailuresTest extends CodeFailuresContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryCodeFailures failures = new InMemoryCodeFailures();

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected CodeFailures codeFailures() {
        return failures;
    }
}
