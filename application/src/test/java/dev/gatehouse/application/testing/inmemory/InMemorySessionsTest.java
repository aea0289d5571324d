package dev.gatehouse.application.testing.inmemory;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.SessionsContract;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

class InMemorySessionsTest extends SessionsContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Test
    void countsEveryRecordLastSeenCall() {
        User user = aUser().build();
        users.add(user);
        Session session = aSession().of(user).build();
        sessions.add(session);

        sessions.recordLastSeen(session.id(), session.createdAt().plusSeconds(60));
        sessions.recordLastSeen(session.id(), session.createdAt().plusSeconds(120));

        assertThat(sessions.recordLastSeenCalls()).isEqualTo(2);
    }
}
