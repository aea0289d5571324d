package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.ConfirmEmailChangeUseCase;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The code mailed to the new address proves the person controls it: the account moves there, every
 * other session of it ends (whoever else held one signed in under the old address) and the old
 * address is told where the account went, partly masked.
 *
 * <p>The code is judged as every code is ({@link CodeChecker}: one use, five tries, the account's
 * cap), in its own transaction. The pending request is read before that and again, locked, when the
 * address changes: only if it is still the same one does the change go through, so a newer request
 * made between the two (which kills the codes of the older) cannot be confirmed by the older code.
 * The unique index on addresses decides whether the new address is still free.
 */
public final class ConfirmEmailChangeService implements ConfirmEmailChangeUseCase {

    private final Users users;
    private final EmailChanges changes;
    private final Sessions sessions;
    private final CodeChecker checker;
    private final EmailChangeMails mails;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ConfirmEmailChangeService(Users users, EmailChanges changes, Sessions sessions, CodeChecker checker,
                                     EmailChangeMails mails, TransactionRunner transactions, AuditTrail audit,
                                     Clock clock) {
        this.users = users;
        this.changes = changes;
        this.sessions = sessions;
        this.checker = checker;
        this.mails = mails;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User confirmEmailChange(ConfirmEmailChangeCommand command) {
        Instant now = clock.instant();
        User user = users.findById(command.current().user().id()).orElseThrow(InvalidCodeException::new);
        Optional<PendingEmailChange> pending = changes.find(user.id());
        checker.consume(user, CodePurpose.EMAIL_CHANGE, command.code(), command.origin(), now);
        PendingEmailChange change = pending.orElseThrow(InvalidCodeException::new);
        User moved = transactions.inTransaction(() -> {
            User current = users.findByIdForUpdate(user.id()).orElseThrow(InvalidCodeException::new);
            if (!current.active() || !changes.find(user.id()).equals(pending)) {
                throw new InvalidCodeException();
            }
            User withNewEmail = current.withEmail(change.newEmail());
            users.updateEmail(withNewEmail);
            changes.remove(user.id());
            sessions.removeAllOfExcept(user.id(), command.current().session().id());
            mails.changed(current, change.newEmail(), command.origin(), now);
            return withNewEmail;
        });
        audit.record(AuditEvent.bySelf(now, AuditEventType.EMAIL_CHANGED, AuditedAccount.of(moved), AuditNote.NONE,
                command.origin()));
        return moved;
    }
}
