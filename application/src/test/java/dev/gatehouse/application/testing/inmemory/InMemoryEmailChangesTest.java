package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.EmailChangesContract;
import dev.gatehouse.application.testing.InMemoryEmailChanges;
import dev.gatehouse.application.testing.InMemoryUsers;

class InMemoryEmailChangesTest extends EmailChangesContract {

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }

    @Override
    protected EmailChanges emailChanges() {
        return new InMemoryEmailChanges();
    }
}
