package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.CreateOrPromoteAdminUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.AuditedRole;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Run by an operator with access to the configuration, so it may open any account: a pending one
 * is activated (the operator vouches for the address) and a disabled one enabled, since an
 * administrator who cannot sign in is no way in. A new account has no password: its owner signs
 * in with an emailed code or sets one through a password reset. When the roles change, the
 * account's sessions end, as at every role change. An operator never vouches for a password set
 * while the address was unproven, which a stranger may have chosen: it is removed first, and every
 * session of the account ends with it.
 */
public final class CreateOrPromoteAdminService implements CreateOrPromoteAdminUseCase {

    private final Users users;
    private final Sessions sessions;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateOrPromoteAdminService(Users users, Sessions sessions, IdGenerator ids, TransactionRunner transactions,
                                       AuditTrail audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.ids = ids;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Administrator createOrPromote(EmailAddress email) {
        Instant now = clock.instant();
        Optional<AccountChange> promotion = transactions.inTransaction(() -> users.findByEmail(email)
                .flatMap(found -> users.findByIdForUpdate(found.id()))
                .map(this::promote));
        if (promotion.isPresent()) {
            AccountChange change = promotion.get();
            boolean removed = change.before().passwordUnproven() && !change.after().passwordUnproven();
            if (removed) {
                audit.record(AuditEvent.anonymous(now, AuditEventType.UNPROVEN_PASSWORD_REMOVED,
                        AuditedAccount.of(change.after()), AuditNote.CREATE_ADMIN, RequestOrigin.commandLine()));
            }
            recordPromotion(change, now);
            boolean already = !removed && !change.changed();
            return new Administrator(change.after(), removed, already);
        }
        User created = User.createdAdmin(ids.newUserId(), email, now);
        users.add(created);
        AuditedAccount subject = AuditedAccount.of(created);
        audit.record(AuditEvent.anonymous(now, AuditEventType.REGISTERED, subject, AuditNote.CREATE_ADMIN,
                RequestOrigin.commandLine()));
        audit.record(AuditEvent.anonymous(now, AuditEventType.ROLE_GRANTED, subject, new AuditedRole(Role.ADMIN),
                RequestOrigin.commandLine()));
        return new Administrator(created, false, false);
    }

    private AccountChange promote(User existing) {
        Set<Role> roles = EnumSet.copyOf(existing.roles());
        roles.add(Role.ADMIN);
        User promoted = existing.withoutUnprovenPassword().withRoles(roles);
        if (promoted.pending()) {
            promoted = promoted.activated(null);
        } else if (promoted.disabled()) {
            promoted = promoted.enable();
        }
        AccountChange change = new AccountChange(existing, promoted);
        boolean passwordRemoved = existing.passwordUnproven();
        if (!change.changed() && !passwordRemoved) {
            return AccountChange.none(existing);
        }
        users.update(promoted);
        if (!promoted.roles().equals(existing.roles()) || passwordRemoved) {
            sessions.removeAllOf(existing.id());
        }
        return change;
    }

    private void recordPromotion(AccountChange change, Instant now) {
        new RoleChangeAudit(audit).record(change, Optional.empty(), RequestOrigin.commandLine(), now);
        if (change.before().disabled() && !change.after().disabled()) {
            audit.record(AuditEvent.anonymous(now, AuditEventType.USER_ENABLED, AuditedAccount.of(change.after()),
                    AuditNote.CREATE_ADMIN, RequestOrigin.commandLine()));
        }
    }
}
