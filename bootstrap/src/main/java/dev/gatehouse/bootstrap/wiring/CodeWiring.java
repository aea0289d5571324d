package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.application.service.code.AddressProofMail;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.application.service.code.UnprovenPasswordRemoval;
import dev.gatehouse.application.service.code.ConfirmPasswordResetService;
import dev.gatehouse.application.service.code.RequestPasswordResetService;
import dev.gatehouse.application.service.code.RequestSignInCodeService;
import dev.gatehouse.application.service.code.VerifySignInCodeService;
import dev.gatehouse.application.service.throttle.ThrottledCodeRequests;
import dev.gatehouse.application.service.throttle.ThrottledCodeVerification;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.bootstrap.wiring.Persistence.CodeStore;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.password.PasswordPolicy;
import java.time.Clock;

/**
 * Wires the one-time-code slice: requesting a sign-in code or a password reset puts the code's mail
 * in the outbox on the request path (the {@link MailWiring} delivers it); verifying a code signs in
 * or sets the new password. Requests and guesses are throttled.
 */
public final class CodeWiring {

    public record CodeUseCases(RequestSignInCodeUseCase requestSignInCode, VerifySignInCodeUseCase verifySignInCode,
                               RequestPasswordResetUseCase requestPasswordReset,
                               ConfirmPasswordResetUseCase confirmPasswordReset) {
    }

    private CodeWiring() {
    }

    /** The mails around proving an address, registration's among them: its code is a sign-in code. */
    public static AddressProofMail addressProofMail(CodesFactory settings, SignInPorts signIn, CodeStore store,
                                                    MailOutbox outbox) {
        return new AddressProofMail(issuer(settings, signIn, store, outbox), outbox);
    }

    private static CodeIssuer issuer(CodesFactory settings, SignInPorts signIn, CodeStore store, MailOutbox outbox) {
        return new CodeIssuer(store.issued(), signIn.credentials().random(), signIn.credentials().codeHasher(), outbox,
                settings.rules());
    }

    /** {@code passwordPolicy}: the rules a new password set by a reset code must meet. */
    public static CodeUseCases wire(CodesFactory settings, SignInPorts signIn, CodeStore store, AddressProofMail mail,
                                    MailOutbox outbox, PasswordPolicy passwordPolicy) {
        CodeRules rules = settings.rules();
        Users users = signIn.accounts().users();
        TransactionRunner transactions = signIn.accounts().transactions();
        AuditTrail audit = signIn.accounts().audit();
        Clock clock = signIn.clock();
        CodeHasher codeHasher = signIn.credentials().codeHasher();
        CodeIssuer issuer = mail.issuer();
        UnprovenPasswordRemoval removal = new UnprovenPasswordRemoval(mail, audit);
        CodeChecker checker = new CodeChecker(users, store.issued(), store.failures(), codeHasher, rules, transactions,
                audit);

        CodeUseCases services = new CodeUseCases(
                new RequestSignInCodeService(users, issuer, signIn.credentials().random(), transactions, audit, clock,
                        settings.selfSignup()),
                new VerifySignInCodeService(users, signIn.accounts().sessions(), checker, signIn.sessionStarter(), removal,
                        clock),
                new RequestPasswordResetService(users, issuer, transactions, audit, clock),
                new ConfirmPasswordResetService(users, signIn.accounts().sessions(), checker,
                        signIn.credentials().passwordHasher(), passwordPolicy, transactions, audit, outbox, removal,
                        clock));
        return throttled(services, signIn);
    }

    private static CodeUseCases throttled(CodeUseCases services, SignInPorts signIn) {
        ThrottledCodeRequests requests = new ThrottledCodeRequests(services.requestSignInCode(),
                services.requestPasswordReset(), signIn.throttle(), signIn.credentials().devices(), signIn.clock());
        ThrottledCodeVerification verification = new ThrottledCodeVerification(services.verifySignInCode(),
                services.confirmPasswordReset(), signIn.throttle(), signIn.credentials().devices(),
                signIn.accounts().audit(), signIn.clock());
        return new CodeUseCases(requests, verification, requests, verification);
    }
}
