package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.CreateOrPromoteAdminUseCase;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Run by an operator with access to the configuration, so it may open any account: a pending one
 * is activated (the operator vouches for the address) and a disabled one enabled, since an
 * administrator who cannot sign in is no way in. A new account has no password: its owner signs
 * in with an emailed code or sets one through a password reset. When the roles change, the
 * account's sessions end, as at every role change.
 */
public final class CreateOrPromoteAdminService implements CreateOrPromoteAdminUseCase {

    private final Users users;
    private final Sessions sessions;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final Clock clock;

    public CreateOrPromoteAdminService(Users users, Sessions sessions, IdGenerator ids, TransactionRunner transactions,
                                       Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User createOrPromote(EmailAddress email) {
        return transactions.inTransaction(() -> users.findByEmail(email)
                .map(this::promote)
                .orElseGet(() -> {
                    User created = User.createdAdmin(ids.newUserId(), email, clock.instant());
                    users.add(created);
                    return created;
                }));
    }

    private User promote(User existing) {
        Set<Role> roles = EnumSet.copyOf(existing.roles());
        roles.add(Role.ADMIN);
        User promoted = existing.withRoles(roles);
        if (promoted.pending()) {
            promoted = promoted.activated(null);
        } else if (promoted.disabled()) {
            promoted = promoted.enable();
        }
        if (promoted.roles().equals(existing.roles()) && promoted.status() == existing.status()) {
            return existing;
        }
        users.update(promoted);
        if (!promoted.roles().equals(existing.roles())) {
            sessions.removeAllOf(existing.id());
        }
        return promoted;
    }
}
