package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.user.Administrators;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;

/** Disabling ends every session of the account in the same transaction: no request gets through after it. */
public final class DisableUserService implements DisableUserUseCase {

    private final Users users;
    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DisableUserService(Users users, Sessions sessions, TransactionRunner transactions, AuditTrail audit,
                              Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User disable(UserId id, Actor actor) {
        User disabled = transactions.inTransaction(() -> {
            User before = users.findByIdForUpdate(id).orElseThrow(UserNotFoundException::new);
            User after = before.disable();
            Administrators.ensureOneRemains(before, after, users.countActiveAdmins());
            users.update(after);
            sessions.removeAllOf(id);
            return after;
        });
        audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.USER_DISABLED, actor.audited(),
                AuditedAccount.of(disabled), "", actor.origin()));
        return disabled;
    }
}
