package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;

public final class EnableUserService implements EnableUserUseCase {

    private final Users users;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public EnableUserService(Users users, TransactionRunner transactions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User enable(UserId id, Actor actor) {
        AccountChange change = transactions.inTransaction(() -> {
            User before = users.findByIdForUpdate(id).orElseThrow(UserNotFoundException::new);
            if (before.active()) {
                return AccountChange.none(before);
            }
            User after = before.enable();
            users.update(after);
            return new AccountChange(before, after);
        });
        if (change.changed()) {
            audit.record(AuditEvent.byActor(clock.instant(), AuditEventType.USER_ENABLED, actor.audited(),
                    AuditedAccount.of(change.after()), "", actor.origin()));
        }
        return change.after();
    }
}
