package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.ChangePasswordCommand;
import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.notice.SecurityNotice;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * The new password must pass the policy and the current one must be right (an account without a
 * password, made by code sign-in, sets one through a reset instead). Whoever knew the old
 * password may be signed in elsewhere: every other session ends, and the owner's mailbox is told.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final Users users;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final MailOutbox outbox;
    private final Clock clock;

    public ChangePasswordService(Users users, Sessions sessions, PasswordHasher hasher, PasswordPolicy policy,
                                 TransactionRunner transactions, AuditTrail audit, MailOutbox outbox, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        User user = users.findById(command.current().user().id()).orElseThrow(InvalidCredentialsException::new);
        policy.enforce(command.newPassword(), user.email());
        boolean currentIsRight = user.passwordHash()
                .map(hash -> hasher.verify(command.currentPassword(), hash).matches())
                .orElse(false);
        if (!currentIsRight) {
            audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.SIGN_IN_FAILED, AuditedAccount.of(user),
                    Attempt.refused(AttemptMethod.PASSWORD_CHANGE, AuditReason.WRONG_PASSWORD), command.origin()));
            throw new InvalidCredentialsException();
        }
        PasswordHash newHash = hasher.hash(command.newPassword());
        // The current password was checked against a read made before the slow hashes: the change
        // goes through only if that password is still the account's, and nothing else is undone.
        User changed = transactions.inTransaction(() -> {
            User current = users.findByIdForUpdate(user.id()).orElseThrow(InvalidCredentialsException::new);
            if (!current.passwordHash().equals(user.passwordHash()) || !current.active()) {
                throw new InvalidCredentialsException();
            }
            User withNewPassword = current.withPasswordHash(newHash);
            users.update(withNewPassword);
            sessions.removeAllOfExcept(user.id(), command.current().session().id());
            Instant now = clock.instant();
            outbox.enqueue(SecurityNotice.about(MailKind.PASSWORD_CHANGED, withNewPassword, command.origin(), now), now);
            return withNewPassword;
        });
        audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.PASSWORD_CHANGED, AuditedAccount.of(changed), AuditNote.NONE,
                command.origin()));
    }
}
