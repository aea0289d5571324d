package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;

/**
 * Sessions are found by the hash of their token on every request and never cached, so removing
 * them is all it takes: the next request with any of their tokens is refused on every node.
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
    public int signOutEverywhere(UserId id, Actor actor) {
        RevokedSessions revoked = signOutEverywhere(id);
        audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.SESSION_REVOKED, actor.audited(),
                AuditedAccount.of(revoked.user()), AuditNote.ALL_SESSIONS, actor.origin()));
        return revoked.count();
    }

    @Override
    public RevokedSessions signOutEverywhere(UserId id) {
        return revoke(users.findById(id).orElseThrow(UserNotFoundException::new));
    }

    @Override
    public RevokedSessions signOutEverywhere(EmailAddress email) {
        return revoke(users.findByEmail(email).orElseThrow(UserNotFoundException::new));
    }

    private RevokedSessions revoke(User user) {
        return new RevokedSessions(user, sessions.removeAllOf(user.id()));
    }
}
