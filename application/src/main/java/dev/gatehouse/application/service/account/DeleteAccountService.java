package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.AccountProof;
import dev.gatehouse.application.port.in.account.DeleteAccountCommand;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.WrongProofException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import dev.gatehouse.domain.user.Administrators;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The owner deletes their account. The proof is checked first (the slow password hash, or the
 * code, consumed in its own step), then one transaction takes the account's row lock and decides
 * and does everything else: whether it may go (the last active administrator may not, counted
 * under the same locking read as every other change that could take the last one away), the end
 * of every session, the removal of every row that names the address, the audit events renamed to
 * a pseudonym, and the notice to the address (enqueued last, so it is the one such row left). Either all of it is committed or none.
 */
public final class DeleteAccountService implements DeleteAccountUseCase {

    /** The throttle keys that hold the address as typed; per-client and per-browser keys do not. */
    private static final List<ThrottleScope> SCOPES_OF_THE_ADDRESS =
            List.of(ThrottleScope.SIGN_IN_FAILURES_PER_ACCOUNT, ThrottleScope.CODE_REQUESTS_PER_ACCOUNT);

    private final Users users;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final CodeChecker codes;
    private final DeletionCleanup cleanup;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    public DeleteAccountService(Users users, Sessions sessions, PasswordHasher hasher, CodeChecker codes,
                                DeletionCleanup cleanup, TransactionRunner transactions, AuditTrail audit,
                                IdGenerator ids, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.codes = codes;
        this.cleanup = cleanup;
        this.transactions = transactions;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** The outbound ports that hold what else names the address. */
    public record DeletionCleanup(MailOutbox outbox, AttemptCounters counters) {
    }

    @Override
    public void delete(DeleteAccountCommand command) {
        Instant now = clock.instant();
        User user = users.findById(command.current().user().id()).orElseThrow(InvalidCredentialsException::new);
        User proven = prove(user, command, now);
        AuditedAccount pseudonym = AuditedAccount.deleted(ids.newUserId());
        transactions.inTransaction(() -> {
            User current = users.findByIdForUpdate(proven.id()).orElseThrow(InvalidCredentialsException::new);
            // A password checked before the lock counts only if it is still the account's.
            if (command.proof() instanceof AccountProof.Password
                    && !current.passwordHash().equals(proven.passwordHash())) {
                throw new InvalidCredentialsException();
            }
            Administrators.ensureOneRemainsWithout(current, users.countActiveAdmins());
            sessions.removeAllOf(current.id());
            cleanup.outbox().removeAddressedTo(current.email());
            SCOPES_OF_THE_ADDRESS.forEach(scope ->
                    cleanup.counters().reset(new ThrottleKey(scope, current.email().value())));
            audit.pseudonymise(current.id(), current.email(), pseudonym);
            users.remove(current.id());
            // After the outbox was cleared: the notice is the one row left naming the address, until it is sent.
            cleanup.outbox().enqueue(OutgoingMail.notice(MailKind.ACCOUNT_DELETED, current.email(),
                    MailFacts.at(now).fromBrowser(command.origin().userAgent()).inZone(current.timezone())), now);
        });
        audit.record(AuditEvent.bySelf(now, AuditEventType.ACCOUNT_DELETED, pseudonym, AuditNote.NONE, command.origin()));
    }

    /** @return the account as the proof found it: what the deletion must still find under the lock */
    private User prove(User user, DeleteAccountCommand command, Instant now) {
        if (command.proof() instanceof AccountProof.Code given) {
            if (user.passwordHash().isPresent()) {
                throw WrongProofException.passwordExpected();
            }
            return codes.consume(user, CodePurpose.SIGN_IN, given.code(), command.origin(), now);
        }
        AccountProof.Password given = (AccountProof.Password) command.proof();
        if (user.passwordHash().isEmpty()) {
            throw WrongProofException.codeExpected();
        }
        if (!hasher.verify(given.password(), user.passwordHash().get()).matches()) {
            audit.record(AuditEvent.bySelf(now, AuditEventType.SIGN_IN_FAILED, AuditedAccount.of(user),
                    Attempt.refused(AttemptMethod.ACCOUNT_DELETION, AuditReason.WRONG_PASSWORD), command.origin()));
            throw new InvalidCredentialsException();
        }
        return user;
    }
}
