package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.session.SessionId;
import java.time.Clock;

public final class RevokeOwnSessionService implements RevokeOwnSessionUseCase {

    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public RevokeOwnSessionService(Sessions sessions, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void revoke(Actor owner, SessionId session) {
        if (!sessions.removeOwnedBy(owner.user().id(), session)) {
            throw new SessionNotFoundException();
        }
        audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.SESSION_REVOKED, owner.audited(), AuditNote.NONE, owner.origin()));
    }
}
