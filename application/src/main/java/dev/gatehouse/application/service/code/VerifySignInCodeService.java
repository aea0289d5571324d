package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.user.AddressProof;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * A code sign-in, which proves the address. A password set while the address was unproven stays
 * only when the registrant presents that registration's token; otherwise it goes, with every other
 * session of the account, in the transaction that starts this one (see {@link UnprovenPasswordRemoval}).
 */
public final class VerifySignInCodeService implements VerifySignInCodeUseCase {

    private final Users users;
    private final Sessions sessions;
    private final CodeChecker checker;
    private final SessionStarter sessionStarter;
    private final UnprovenPasswordRemoval removal;
    private final Clock clock;

    public VerifySignInCodeService(Users users, Sessions sessions, CodeChecker checker, SessionStarter sessionStarter,
                                   UnprovenPasswordRemoval removal, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.checker = checker;
        this.sessionStarter = sessionStarter;
        this.removal = removal;
        this.clock = clock;
    }

    @Override
    public SignedIn verify(VerifySignInCodeCommand command) {
        Instant now = clock.instant();
        User user = checker.accountToCheck(users.findByEmail(command.email()), command.email(), CodePurpose.SIGN_IN,
                command.origin(), now);
        User judged = checker.consume(user, CodePurpose.SIGN_IN, command.code(), command.origin(), now);
        AddressProof proof = judged.proveAddress(command.registration().map(RegistrationToken::hash));
        User proven = proof.after();
        // The code proves control of the address, which is all a pending account waits for.
        User signingIn = proven.pending() ? proven.activated(command.timezone().orElse(null)) : proven;
        SignedIn signedIn = sessionStarter.start(judged, signingIn, SignInMethod.CODE, command.rememberMe(),
                command.origin(), command.held(), now, () -> {
                    if (proof.unprovenPasswordRemoved()) {
                        sessions.removeAllOf(judged.id());
                        removal.notify(signingIn, command.origin(), now);
                    }
                });
        if (proof.unprovenPasswordRemoved()) {
            removal.audit(signingIn, command.origin(), now);
        }
        return signedIn;
    }
}
