package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.notice.SecurityNotice;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.AddressProof;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A reset ends every session of the account: whoever knew the old password may be signed in
 * somewhere, and the person resetting it is signing in afresh anyway. The owner's mailbox is told,
 * in case the code was read by someone else.
 */
public final class ConfirmPasswordResetService implements ConfirmPasswordResetUseCase {

    private final Users users;
    private final Sessions sessions;
    private final CodeChecker checker;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final MailOutbox outbox;
    private final UnprovenPasswordRemoval removal;
    private final Clock clock;

    public ConfirmPasswordResetService(Users users, Sessions sessions, CodeChecker checker, PasswordHasher hasher,
                                       PasswordPolicy policy, TransactionRunner transactions, AuditTrail audit,
                                       MailOutbox outbox, UnprovenPasswordRemoval removal, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.checker = checker;
        this.hasher = hasher;
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
        this.outbox = outbox;
        this.removal = removal;
        this.clock = clock;
    }

    @Override
    public void confirm(ConfirmPasswordResetCommand command) {
        policy.enforce(command.newPassword(), command.email());
        Instant now = clock.instant();
        User user = checker.accountToCheck(users.findByEmail(command.email()), command.email(),
                CodePurpose.PASSWORD_RESET, command.origin(), now);
        checker.consume(user, CodePurpose.PASSWORD_RESET, command.code(), command.origin(), now);
        PasswordHash newHash = hasher.hash(command.newPassword());
        // Applied to the account as it is once locked, not as read before the slow hash: a disable
        // or role change committed meanwhile stays. The code proves the address; a password set
        // before it was proven is replaced like any other, but its owner hears that it was there.
        AddressProof proof = transactions.inTransaction(() -> {
            User current = users.findByIdForUpdate(user.id()).orElseThrow(InvalidCodeException::new);
            AddressProof proven = current.proveAddress(Optional.empty());
            User opened = proven.after().pending() ? proven.after().activated(null) : proven.after();
            User changed = opened.withPasswordHash(newHash);
            users.update(changed);
            sessions.removeAllOf(user.id());
            if (proven.unprovenPasswordRemoved()) {
                removal.notify(changed, command.origin(), now);
            } else if (!current.pending()) { // opening a new account with its first password is no news to its owner
                outbox.enqueue(SecurityNotice.about(MailKind.PASSWORD_CHANGED, changed, command.origin(), now), now);
            }
            return new AddressProof(current, changed, proven.unprovenPasswordRemoved());
        });
        if (proof.unprovenPasswordRemoved()) {
            removal.audit(proof.after(), command.origin(), now);
        }
        audit.record(AuditEvent.bySelf(now, AuditEventType.PASSWORD_RESET, AuditedAccount.of(proof.after()), AuditNote.NONE,
                command.origin()));
    }
}
