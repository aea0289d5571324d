package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.service.account.DeleteAccountService;
import dev.gatehouse.application.service.account.ExportAccountService;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.application.service.throttle.ThrottledAccountDeletion;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import dev.gatehouse.bootstrap.wiring.Persistence.CodeStore;

/** The owner's own data: deleting the account, and taking a copy of it away. */
public final class AccountDataWiring {

    public record AccountDataUseCases(DeleteAccountUseCase delete, ExportAccountUseCase export) {
    }

    /** Where else the address is held, besides the accounts' own tables. */
    public record AddressHolders(CodeStore codes, MailOutbox outbox, AttemptCounters attempts) {
    }

    private AccountDataWiring() {
    }

    public static AccountDataUseCases wire(CodesFactory codeSettings, SignInPorts signIn, AddressHolders holders,
                                           ListOwnSessionsUseCase listOwnSessions) {
        Accounts accounts = signIn.accounts();
        CodeChecker codes = new CodeChecker(accounts.users(), holders.codes().issued(), holders.codes().failures(),
                signIn.credentials().codeHasher(), codeSettings.rules(), accounts.transactions(), accounts.audit());
        DeleteAccountService deletion = new DeleteAccountService(accounts.users(), accounts.sessions(),
                signIn.credentials().passwordHasher(), codes,
                new DeleteAccountService.DeletionCleanup(holders.outbox(), holders.attempts()),
                accounts.transactions(), accounts.audit(), signIn.credentials().random(), signIn.clock());
        return new AccountDataUseCases(
                new ThrottledAccountDeletion(deletion, signIn.throttle(), accounts.audit(), signIn.clock()),
                new ExportAccountService(accounts.users(), listOwnSessions, accounts.audit(), signIn.clock()));
    }
}
