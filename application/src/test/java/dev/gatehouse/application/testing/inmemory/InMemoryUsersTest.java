package dev.gatehouse.application.testing.inmemory;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.UsersContract;
import org.junit.jupiter.api.Test;

/** Lives outside the contract's package on purpose: adapter tests inherit the contract from elsewhere too. */
class InMemoryUsersTest extends UsersContract {

    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected Users users() {
        return users;
    }

    @Test
    void refusesUpdateOfUserThatWasNeverAdded() {
        assertThatThrownBy(() -> users.update(aUser().build())).isInstanceOf(IllegalStateException.class);
    }
}
