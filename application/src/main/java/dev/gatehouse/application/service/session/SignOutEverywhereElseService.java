package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.SignOutEverywhereElseUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.time.Clock;

public final class SignOutEverywhereElseService implements SignOutEverywhereElseUseCase {

    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public SignOutEverywhereElseService(Sessions sessions, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int signOutEverywhereElse(Authenticated current, RequestOrigin origin) {
        int ended = sessions.removeAllOfExcept(current.user().id(), current.session().id());
        if (ended > 0) {
            audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.SESSION_REVOKED,
                    AuditedAccount.of(current.user()), AuditNote.ALL_OTHER_SESSIONS, origin));
        }
        return ended;
    }
}
