package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.code.CodePurpose;
import java.time.Clock;
import java.time.Instant;

public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final Users users;
    private final CodeIssuer issuer;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestPasswordResetService(Users users, CodeIssuer issuer, TransactionRunner transactions,
                                       AuditTrail audit, Clock clock) {
        this.users = users;
        this.issuer = issuer;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void requestPasswordReset(RequestCodeCommand command) {
        Instant now = clock.instant();
        CodeRequestOutcome outcome = transactions.inTransaction(() -> users.findByEmail(command.email())
                .map(user -> CodeRequestOutcome.requestedFor(user,
                        () -> issuer.issue(user, CodePurpose.PASSWORD_RESET, now)))
                .orElseGet(CodeRequestOutcome::noAccount));
        outcome.record(audit, command.email(), CodePurpose.PASSWORD_RESET, command.origin(), now);
    }
}
