package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.InMemorySessionData;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.SessionDataContract;

class InMemorySessionDataTest extends SessionDataContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemorySessionData data = new InMemorySessionData(sessions);

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected SessionData sessionData() {
        return data;
    }
}
