package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/**
 * What one revocation ended, as the feed tells the other nodes: a single session, or every session
 * of an account (a sign-out everywhere, or a change of the account that cached copies must not outlive).
 */
public sealed interface Revocation {

    static Revocation ofSession(SessionId session) {
        return new OfSession(session);
    }

    static Revocation ofUser(UserId user) {
        return new OfUser(user);
    }

    record OfSession(SessionId session) implements Revocation {
        public OfSession {
            Objects.requireNonNull(session, "session");
        }
    }

    record OfUser(UserId user) implements Revocation {
        public OfUser {
            Objects.requireNonNull(user, "user");
        }
    }
}
