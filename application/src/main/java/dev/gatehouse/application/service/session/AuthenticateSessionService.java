package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One database read per request, and a write only when the stored last-seen mark is older than
 * {@code lastSeenResolution} (a minute by default), so reads stay reads.
 */
public final class AuthenticateSessionService implements AuthenticateSessionUseCase {

    private final Sessions sessions;
    private final SessionLifetime lifetime;
    private final Duration lastSeenResolution;
    private final Clock clock;

    public AuthenticateSessionService(Sessions sessions, SessionLifetime lifetime, Duration lastSeenResolution,
                                      Clock clock) {
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.lastSeenResolution = lastSeenResolution;
        this.clock = clock;
    }

    @Override
    public Optional<Authenticated> authenticate(SessionToken token) {
        Optional<SessionOfUser> found = sessions.findWithUserByTokenHash(token.hash());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = found.get().session();
        if (!session.isLiveAt(now, lifetime)) {
            sessions.remove(session.id());
            return Optional.empty();
        }
        if (!found.get().user().active()) {
            return Optional.empty();
        }
        if (session.lastSeenOlderThan(lastSeenResolution, now)) {
            sessions.recordLastSeen(session.id(), now);
            session = session.seenAt(now);
        }
        return Optional.of(new Authenticated(token, session, found.get().user(), session.expiresAt(lifetime)));
    }
}
