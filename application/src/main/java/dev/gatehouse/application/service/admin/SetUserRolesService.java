package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.SetUserRolesUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * A role change ends every session of the account. The contract wants a new session id at every
 * role change; ending the sessions means the next request must sign in and gets a fresh id, and
 * no id that existed before the change keeps working with the new rights. Setting the same roles
 * again changes nothing and leaves the sessions alone.
 */
public final class SetUserRolesService implements SetUserRolesUseCase {

    private final AccountAdministration accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public SetUserRolesService(Users users, Sessions sessions, TransactionRunner transactions, AuditTrail audit,
                               Clock clock) {
        this.accounts = AccountAdministration.endingSessions(users, sessions, transactions);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User setRoles(SetUserRolesCommand command) {
        AccountChange change = accounts.change(command.user(), before -> before.roles().equals(command.roles())
                ? Optional.empty()
                : Optional.of(before.withRoles(command.roles())));
        new RoleChangeAudit(audit).record(change, Optional.of(command.actor().audited()), command.actor().origin(),
                clock.instant());
        return change.after();
    }
}
