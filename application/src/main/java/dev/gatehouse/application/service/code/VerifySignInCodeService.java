package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;

public final class VerifySignInCodeService implements VerifySignInCodeUseCase {

    private final Users users;
    private final CodeChecker checker;
    private final SessionStarter sessionStarter;
    private final Clock clock;

    public VerifySignInCodeService(Users users, CodeChecker checker, SessionStarter sessionStarter, Clock clock) {
        this.users = users;
        this.checker = checker;
        this.sessionStarter = sessionStarter;
        this.clock = clock;
    }

    @Override
    public SignedIn verify(VerifySignInCodeCommand command) {
        Instant now = clock.instant();
        User user = checker.accountToCheck(users.findByEmail(command.email()), command.email(), CodePurpose.SIGN_IN,
                command.origin(), now);
        User judged = checker.consume(user, CodePurpose.SIGN_IN, command.code(), command.origin(), now);
        // The code proves control of the address, which is all a pending account waits for.
        User signingIn = judged.pending() ? judged.activated(command.timezone().orElse(null)) : judged;
        return sessionStarter.start(judged, signingIn, SignInMethod.CODE, command.rememberMe(), command.origin(),
                command.held(), now);
    }
}
