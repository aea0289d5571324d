package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.service.mfa.RecentAuthentications;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.account.ConfirmEmailChangeService;
import dev.gatehouse.application.service.account.EmailChangeMails;
import dev.gatehouse.application.service.account.RequestEmailChangeService;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.application.service.throttle.ThrottledEmailChange;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.bootstrap.wiring.Persistence.Ports;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.web.EmailChangeUseCases;
import java.time.Clock;

/**
 * Wires the change of address: asking (the password again, or a recent code sign-in) mails a code to
 * the new address, entering it moves the account. Its codes follow the rules of every code and are
 * judged by the same checker; both steps are behind the guessing throttle.
 */
public final class EmailChangeWiring {

    private EmailChangeWiring() {
    }

    /** {@code recent}: how an account without a password shows it is its owner (a recent sign-in or re-authentication). */
    public static EmailChangeUseCases wire(CodesFactory settings, SignInPorts signIn, Ports ports,
                                           RecentAuthentications recent) {
        CodeRules rules = settings.rules();
        Users users = signIn.accounts().users();
        TransactionRunner transactions = signIn.accounts().transactions();
        AuditTrail audit = signIn.accounts().audit();
        Clock clock = signIn.clock();
        EmailChangeMails mails = new EmailChangeMails(ports.outbox());
        CodeChecker checker = new CodeChecker(users, ports.codes().issued(), ports.codes().failures(),
                signIn.credentials().codeHasher(), rules, transactions, audit);
        RequestEmailChangeService request = new RequestEmailChangeService(users, ports.emailChanges(),
                ports.codes().issued(), signIn.credentials().random(), signIn.credentials().codeHasher(),
                signIn.credentials().passwordHasher(), mails, rules, transactions, audit, clock, recent::isRecent);
        ConfirmEmailChangeService confirm = new ConfirmEmailChangeService(users, ports.emailChanges(),
                signIn.accounts().sessions(), checker, mails, transactions, audit, clock);
        ThrottledEmailChange throttled = new ThrottledEmailChange(request, confirm, signIn.throttle(), audit, clock);
        return new EmailChangeUseCases(throttled, throttled);
    }
}
