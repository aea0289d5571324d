package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.SignOutEverywhereCommand;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.user.User;
import java.time.Clock;

/**
 * Sessions are found by the hash of their token on every request and never cached, so removing
 * them is all it takes: the next request with any of their tokens is refused on every node. An
 * operator's request is not recorded in the audit trail (the task logs it on the server).
 */
public final class SignOutUserEverywhereService implements SignOutUserEverywhereUseCase {

    private final Users users;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public SignOutUserEverywhereService(Users users, Sessions sessions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RevokedSessions signOutEverywhere(SignOutEverywhereCommand command) {
        User user = command.id().map(users::findById).orElseGet(() -> users.findByEmail(command.email().orElseThrow()))
                .orElseThrow(UserNotFoundException::new);
        RevokedSessions revoked = new RevokedSessions(user, sessions.removeAllOf(user.id()));
        command.by().ifPresent(admin -> audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.SESSION_REVOKED,
                admin.audited(), AuditedAccount.of(user), AuditNote.ALL_SESSIONS, admin.origin())));
        return revoked;
    }
}
