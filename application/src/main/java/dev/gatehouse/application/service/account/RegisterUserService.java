package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.User;
import java.time.Clock;

public final class RegisterUserService implements RegisterUserUseCase {

    private final Users users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final IdGenerator ids;
    private final AuditTrail audit;
    private final Clock clock;

    public RegisterUserService(Users users, PasswordHasher hasher, PasswordPolicy policy, IdGenerator ids,
                               AuditTrail audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        policy.enforce(command.password(), command.email());
        // Checked before hashing so a taken address costs no hash; the unique index still decides races.
        if (users.findByEmail(command.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        User user = User.registerWithPassword(
                ids.newUserId(), command.email(), hasher.hash(command.password()), clock.instant());
        users.add(user);
        audit.record(AuditEvent.anonymous(user.createdAt(), AuditEventType.REGISTERED, AuditedAccount.of(user), AuditNote.WITH_PASSWORD,
                command.origin()));
        return user;
    }
}
