package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.session.TokenRotation;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One database read per request, and a write only when the stored last-seen mark is older than
 * {@code lastSeenResolution} (a minute by default), so reads stay reads. Only a token that matches
 * no session costs a second read, for the token a rotation replaced.
 */
public final class AuthenticateSessionService implements AuthenticateSessionUseCase {

    private final Sessions sessions;
    private final SessionLifetime lifetime;
    private final TokenRotation rotation;
    private final Duration lastSeenResolution;
    private final AuditTrail audit;
    private final Clock clock;

    public AuthenticateSessionService(Sessions sessions, SessionLifetime lifetime, TokenRotation rotation,
                                      Duration lastSeenResolution, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.rotation = rotation;
        this.lastSeenResolution = lastSeenResolution;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Authenticated> authenticate(SessionToken token, RequestOrigin origin) {
        Optional<SessionOfUser> found = sessions.findWithUserByTokenHash(token.hash());
        if (found.isPresent()) {
            return liveSession(token, found.get(), clock.instant());
        }
        return sessions.findWithUserByReplacedTokenHash(token.hash())
                .flatMap(replaced -> replacedToken(token, replaced, origin));
    }

    private Optional<Authenticated> replacedToken(SessionToken token, SessionOfUser found, RequestOrigin origin) {
        Instant now = clock.instant();
        if (found.session().honoursReplacedTokenAt(now, rotation)) {
            return liveSession(token, found, now);
        }
        if (sessions.remove(found.session().id())) {
            audit.record(AuditEvent.anonymous(now, AuditEventType.SESSION_REVOKED, AuditedAccount.of(found.user()),
                    AuditNote.REPLACED_TOKEN_PRESENTED, origin));
        }
        return Optional.empty();
    }

    private Optional<Authenticated> liveSession(SessionToken token, SessionOfUser found, Instant now) {
        Session session = found.session();
        if (!session.isLiveAt(now, lifetime)) {
            sessions.remove(session.id());
            return Optional.empty();
        }
        if (found.user().signInRefusal().isPresent()) {
            return Optional.empty();
        }
        if (session.lastSeenOlderThan(lastSeenResolution, now)) {
            sessions.recordLastSeen(session.id(), now);
            session = session.seenAt(now);
        }
        return Optional.of(new Authenticated(token, session, found.user(), session.expiresAt(lifetime)));
    }
}
