package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.AccountExport;
import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.User;
import java.time.Clock;

/** The account as stored now, its sessions as its owner's list shows them, and the audit events about it. */
public final class ExportAccountService implements ExportAccountUseCase {

    private final Users users;
    private final ListOwnSessionsUseCase sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public ExportAccountService(Users users, ListOwnSessionsUseCase sessions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AccountExport export(Authenticated asking) {
        User account = users.findById(asking.user().id()).orElse(asking.user());
        return new AccountExport(clock.instant(), account, sessions.listOwnSessions(asking), audit.about(account.id()));
    }
}
