package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.account.RequestEmailChangeUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeGenerator;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.SameEmailAddressException;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An account asks to move to another address. The person proves themselves again (the password,
 * or for an account without one a code sign-in within {@link #RECENT_CODE_SIGN_IN}), since a
 * stolen session must not be enough to take the account away from its address. Then, under the
 * account's row lock: the request replaces any pending one, the codes mailed for that one die, and
 * either a code goes to the new address or, when the new address has an account, its owner is told
 * and nothing is sent that could confirm. The current address is told either way. The answer is
 * the same in both cases, so the request tells nobody whether an address has an account.
 */
public final class RequestEmailChangeService implements RequestEmailChangeUseCase {

    /** How recent a code sign-in must be to stand in for the password an account does not have. */
    public static final Duration RECENT_CODE_SIGN_IN = Duration.ofMinutes(10);

    private final Users users;
    private final EmailChanges changes;
    private final IssuedCodes codes;
    private final CodeGenerator generator;
    private final CodeHasher codeHasher;
    private final PasswordHasher passwordHasher;
    private final EmailChangeMails mails;
    private final CodeRules rules;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Predicate<Authenticated> recentlyAuthenticated;

    /** With the rule of old: for an account without a password, a code sign-in within {@link #RECENT_CODE_SIGN_IN}. */
    public RequestEmailChangeService(Users users, EmailChanges changes, IssuedCodes codes, CodeGenerator generator,
                                     CodeHasher codeHasher, PasswordHasher passwordHasher, EmailChangeMails mails,
                                     CodeRules rules, TransactionRunner transactions, AuditTrail audit, Clock clock) {
        this(users, changes, codes, generator, codeHasher, passwordHasher, mails, rules, transactions, audit, clock,
                current -> current.session().signedInBySince(SignInMethod.CODE, clock.instant().minus(RECENT_CODE_SIGN_IN)));
    }

    /**
     * {@code recentlyAuthenticated} stands in for the password an account does not have: every
     * sensitive action's rule ({@link dev.gatehouse.application.service.mfa.RecentAuthentications}),
     * so a re-authentication with an authenticator app counts as a fresh code sign-in does.
     */
    public RequestEmailChangeService(Users users, EmailChanges changes, IssuedCodes codes, CodeGenerator generator,
                                     CodeHasher codeHasher, PasswordHasher passwordHasher, EmailChangeMails mails,
                                     CodeRules rules, TransactionRunner transactions, AuditTrail audit, Clock clock,
                                     Predicate<Authenticated> recentlyAuthenticated) {
        this.recentlyAuthenticated = recentlyAuthenticated;
        this.users = users;
        this.changes = changes;
        this.codes = codes;
        this.generator = generator;
        this.codeHasher = codeHasher;
        this.passwordHasher = passwordHasher;
        this.mails = mails;
        this.rules = rules;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void requestEmailChange(RequestEmailChangeCommand command) {
        Instant now = clock.instant();
        User user = users.findById(command.current().user().id()).orElseThrow(InvalidCredentialsException::new);
        if (user.email().equals(command.newEmail())) {
            throw new SameEmailAddressException();
        }
        proveItIsTheOwner(user, command, now);
        Optional<AuditNote> outcome = transactions.inTransaction(() -> {
            User current = users.findByIdForUpdate(user.id()).orElseThrow(InvalidCredentialsException::new);
            // The password was checked against a read made before the slow hash: a change committed
            // since (a reset, a disable) wins.
            if (!current.active() || !current.passwordHash().equals(user.passwordHash())) {
                throw new InvalidCredentialsException();
            }
            return record(current, command, now);
        });
        outcome.ifPresent(note -> audit.record(AuditEvent.bySelf(now, AuditEventType.EMAIL_CHANGE_REQUESTED,
                AuditedAccount.of(user), note, command.origin())));
    }

    private void proveItIsTheOwner(User user, RequestEmailChangeCommand command, Instant now) {
        if (user.passwordHash().isEmpty()) {
            if (!recentlyAuthenticated.test(command.current())) {
                throw new ReauthenticationRequiredException();
            }
            return;
        }
        boolean right = command.password()
                .map(password -> passwordHasher.verify(password, user.passwordHash().get()).matches())
                .orElse(false);
        if (!right) {
            audit.record(AuditEvent.bySelf(now, AuditEventType.SIGN_IN_FAILED, AuditedAccount.of(user),
                    Attempt.refused(AttemptMethod.EMAIL_CHANGE, AuditReason.WRONG_PASSWORD), command.origin()));
            throw new InvalidCredentialsException();
        }
    }

    /** @return the note of the audited request, or empty when it came too soon after the last one and changed nothing */
    private Optional<AuditNote> record(User account, RequestEmailChangeCommand command, Instant now) {
        Optional<PendingEmailChange> pending = changes.find(account.id());
        if (pending.isPresent() && pending.get().requestedAt().plus(rules.resendInterval()).isAfter(now)) {
            return Optional.empty();
        }
        codes.removeAll(account.id(), CodePurpose.EMAIL_CHANGE);
        changes.replace(new PendingEmailChange(account.id(), command.newEmail(), now));
        mails.changeRequested(account, command.origin(), now);
        Optional<User> owner = users.findByEmail(command.newEmail());
        if (owner.isPresent()) {
            mails.changeBlocked(owner.get(), command.origin(), now);
            return Optional.of(AuditNote.NEW_ADDRESS_TAKEN);
        }
        OneTimeCode code = generator.newCode();
        IssuedCode issued = IssuedCode.issue(account.id(), CodePurpose.EMAIL_CHANGE,
                codeHasher.hash(account.id(), CodePurpose.EMAIL_CHANGE, code), now, rules);
        // The codes of the purpose were removed above, under the same lock: nothing is recent enough to refuse it.
        codes.add(issued, Duration.ZERO);
        mails.code(account, command.newEmail(), code, rules.validity(), now);
        return Optional.of(AuditNote.NONE);
    }
}
