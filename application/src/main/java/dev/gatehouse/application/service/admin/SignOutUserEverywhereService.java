package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.RevokeAllSessionsUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;

/**
 * Sessions are found by the hash of their token on every request and never cached, so removing
 * them is all it takes: the next request with any of their tokens is refused on every node.
 */
public final class RevokeAllSessionsService implements RevokeAllSessionsUseCase, SignOutUserEverywhereUseCase {

    static final String ALL_SESSIONS = "all sessions";

    private final Users users;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public RevokeAllSessionsService(Users users, Sessions sessions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RevokedSessions revokeAllOf(UserId id) {
        return revoke(users.findById(id).orElseThrow(UserNotFoundException::new));
    }

    @Override
    public RevokedSessions revokeAllOf(EmailAddress email) {
        return revoke(users.findByEmail(email).orElseThrow(UserNotFoundException::new));
    }

    @Override
    public int signOutEverywhere(UserId id, Actor actor) {
        RevokedSessions revoked = revokeAllOf(id);
        audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.SESSION_REVOKED, actor.audited(),
                AuditedAccount.of(revoked.user()), ALL_SESSIONS, actor.origin()));
        return revoked.count();
    }

    private RevokedSessions revoke(User user) {
        return new RevokedSessions(user, sessions.removeAllOf(user.id()));
    }
}
