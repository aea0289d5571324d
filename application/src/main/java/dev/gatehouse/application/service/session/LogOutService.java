package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.session.SessionId;
import java.time.Clock;

public final class LogOutService implements LogOutUseCase {

    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public LogOutService(Sessions sessions, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void logOut(SessionId session, Actor actor) {
        if (sessions.remove(session)) {
            audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.SIGNED_OUT, actor.audited(), AuditNote.NONE, actor.origin()));
        }
    }
}
