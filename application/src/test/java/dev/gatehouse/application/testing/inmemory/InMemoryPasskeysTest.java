package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.InMemoryPasskeyChallenges;
import dev.gatehouse.application.testing.InMemoryPasskeys;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.PasskeysContract;

class InMemoryPasskeysTest extends PasskeysContract {

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }

    @Override
    protected Passkeys passkeys() {
        return new InMemoryPasskeys();
    }

    @Override
    protected PasskeyChallenges challenges() {
        return new InMemoryPasskeyChallenges();
    }
}
