package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
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

/** Enabling an active account changes nothing and records nothing. */
public final class EnableUserService implements EnableUserUseCase {

    private final AccountAdministration accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public EnableUserService(Users users, TransactionRunner transactions, AuditTrail audit, Clock clock) {
        this.accounts = AccountAdministration.restoringAccess(users, transactions);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User enable(UserId id, Actor actor) {
        AccountChange change = accounts.change(id,
                before -> before.active() ? Optional.empty() : Optional.of(before.enable()));
        if (change.changed()) {
            audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.USER_ENABLED, actor.audited(),
                    AuditedAccount.of(change.after()), AuditNote.NONE, actor.origin()));
        }
        return change.after();
    }
}
