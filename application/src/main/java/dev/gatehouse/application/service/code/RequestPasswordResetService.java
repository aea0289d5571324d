package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.code.CodePurpose;
import java.time.Clock;
import java.time.Instant;

public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final Users users;
    private final CodeIssuer issuer;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RequestPasswordResetService(Users users, CodeIssuer issuer, TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.issuer = issuer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void requestPasswordReset(RequestCodeCommand command) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> users.findByEmail(command.email())
                .filter(user -> !user.disabled())
                .ifPresent(user -> issuer.issue(user, CodePurpose.PASSWORD_RESET, now)));
    }
}
