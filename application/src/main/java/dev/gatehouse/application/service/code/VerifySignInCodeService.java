package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.session.SessionStarter;
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
        User user = users.findByEmail(command.email())
                .filter(found -> !found.disabled())
                .orElseThrow(InvalidCodeException::new);
        checker.consume(user.id(), CodePurpose.SIGN_IN, command.code(), now);
        // The code proves control of the address, which is all a pending account waits for.
        User signingIn = user.pending() ? user.activated(command.timezone().orElse(null)) : user;
        return sessionStarter.start(signingIn, command.rememberMe(), command.userAgent(), now);
    }
}
