package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.RotateSessionTokenUseCase;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.session.TokenRotation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A write only when a rotation is due: about once an hour per remember-me session in use. */
public final class RotateSessionTokenService implements RotateSessionTokenUseCase {

    private final Sessions sessions;
    private final TokenGenerator tokens;
    private final TokenRotation rotation;
    private final Clock clock;

    public RotateSessionTokenService(Sessions sessions, TokenGenerator tokens, TokenRotation rotation, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.rotation = rotation;
        this.clock = clock;
    }

    @Override
    public Optional<Authenticated> rotateIfDue(Authenticated current) {
        if (!current.session().tokenDueForRotation(clock.instant(), rotation)) {
            return Optional.empty();
        }
        return rotate(current);
    }

    @Override
    public Optional<Authenticated> rotate(Authenticated current) {
        Instant now = clock.instant();
        Session session = current.session();
        // A request that came with the replaced token must not rotate the one that replaced it.
        if (!session.tokenHash().equals(current.token().hash())) {
            return Optional.empty();
        }
        SessionToken next = tokens.newSessionToken();
        Session rotated = session.withRotatedToken(next.hash(), now);
        if (!sessions.replaceToken(rotated)) {
            return Optional.empty();
        }
        return Optional.of(new Authenticated(next, rotated, current.user(), current.expiresAt()));
    }
}
