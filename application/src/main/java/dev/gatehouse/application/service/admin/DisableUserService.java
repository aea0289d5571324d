package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Disabling ends every session of the account in the same transaction: no request gets through after it.
 * Disabling a disabled account writes and ends its sessions again, and is recorded: the administrator did it.
 */
public final class DisableUserService implements DisableUserUseCase {

    private final AccountAdministration accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public DisableUserService(Users users, Sessions sessions, TransactionRunner transactions, AuditTrail audit,
                              Clock clock) {
        this.accounts = AccountAdministration.endingSessions(users, sessions, transactions);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User disable(UserId id, Actor actor) {
        User disabled = accounts.change(id, before -> Optional.of(before.disable())).after();
        audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.USER_DISABLED, actor.audited(),
                AuditedAccount.of(disabled), AuditNote.NONE, actor.origin()));
        return disabled;
    }
}
