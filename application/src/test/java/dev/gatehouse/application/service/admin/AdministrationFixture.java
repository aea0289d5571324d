package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.testing.TestUsers.aUser;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.UUID;

/** The in-memory accounts, sessions and audit trail the administration services work on, and who acts. */
final class AdministrationFixture {

    final MutableClock clock = MutableClock.atDefaultStart();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemorySessions sessions = new InMemorySessions(users);
    final SequentialIds ids = new SequentialIds();
    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** The administrator acting; not stored, so it never counts as one of the active admins. */
    final Actor admin = new Actor(aUser().withEmail("root@example.org").withRoles(Role.ADMIN).build(),
            TestOrigins.BROWSER);

    User stored(TestUsers user) {
        User built = user.build();
        users.add(built);
        return built;
    }

    Session sessionOf(User user) {
        Session session = TestSessions.aSession().of(user).withId(ids.newSessionId()).build();
        sessions.add(session);
        return session;
    }

    static UserId unknownId() {
        return new UserId(UUID.randomUUID());
    }
}
