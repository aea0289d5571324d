package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.BootstrapAdminUseCase;
import dev.gatehouse.application.port.in.admin.CreateOrPromoteAdminUseCase;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything happens in one transaction that starts with the locking count of the active
 * administrators: a second node starting at the same moment waits there until the first has
 * committed and then finds its administrator (or, when the database breaks the tie as a deadlock,
 * runs again and finds it). The promotion and the code's mail, which goes through the outbox, commit
 * together, so an administrator made here always has a code on its way.
 */
public final class BootstrapAdminService implements BootstrapAdminUseCase {

    private final Users users;
    private final CreateOrPromoteAdminUseCase createOrPromote;
    private final CodeIssuer codes;
    private final TransactionRunner transactions;
    private final Clock clock;

    public BootstrapAdminService(Users users, CreateOrPromoteAdminUseCase createOrPromote, CodeIssuer codes,
                                 TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.createOrPromote = createOrPromote;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<User> bootstrap(EmailAddress email) {
        return transactions.inTransaction(() -> {
            if (users.countActiveAdmins() > 0) {
                return Optional.empty();
            }
            User admin = createOrPromote.createOrPromote(email).user();
            codes.issue(admin, CodePurpose.SIGN_IN, MailKind.SIGN_IN_CODE, clock.instant());
            return Optional.of(admin);
        });
    }
}
