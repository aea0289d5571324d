package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class RequestSignInCodeService implements RequestSignInCodeUseCase {

    private final Users users;
    private final CodeIssuer issuer;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean selfSignup;

    public RequestSignInCodeService(Users users, CodeIssuer issuer, IdGenerator ids, TransactionRunner transactions,
                                    AuditTrail audit, Clock clock, boolean selfSignup) {
        this.users = users;
        this.issuer = issuer;
        this.ids = ids;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.selfSignup = selfSignup;
    }

    @Override
    public void requestSignInCode(RequestCodeCommand command) {
        Instant now = clock.instant();
        CodeRequestOutcome outcome;
        try {
            outcome = transactions.inTransaction(() -> accountFor(command.email(), now)
                    .map(user -> CodeRequestOutcome.requestedFor(user, () -> issuer.issue(user, CodePurpose.SIGN_IN, now)))
                    .orElseGet(CodeRequestOutcome::noAccount));
        } catch (EmailAlreadyRegisteredException concurrentSignup) {
            // A parallel request created the pending account and mailed its code: nothing left to do.
            return;
        }
        outcome.record(audit, command.email(), CodePurpose.SIGN_IN, command.origin(), now);
    }

    private Optional<User> accountFor(EmailAddress email, Instant now) {
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent() || !selfSignup) {
            return existing;
        }
        User pending = User.pendingSignup(ids.newUserId(), email, now);
        users.add(pending);
        return Optional.of(pending);
    }
}
