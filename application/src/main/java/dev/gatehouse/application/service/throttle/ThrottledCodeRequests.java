package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import java.time.Clock;
import java.util.List;

/**
 * Code and reset requests cost a mail each, whoever sends them: every request counts against the
 * address asked for and against the client, known address or not, so the answer stays the same.
 */
public final class ThrottledCodeRequests implements RequestSignInCodeUseCase, RequestPasswordResetUseCase {

    private final RequestSignInCodeUseCase signInCodes;
    private final RequestPasswordResetUseCase passwordResets;
    private final Throttle throttle;
    private final Clock clock;

    public ThrottledCodeRequests(RequestSignInCodeUseCase signInCodes, RequestPasswordResetUseCase passwordResets,
                                 Throttle throttle, Clock clock) {
        this.signInCodes = signInCodes;
        this.passwordResets = passwordResets;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void requestSignInCode(RequestCodeCommand command) {
        admit(command);
        signInCodes.requestSignInCode(command);
    }

    @Override
    public void requestPasswordReset(RequestCodeCommand command) {
        admit(command);
        passwordResets.requestPasswordReset(command);
    }

    private void admit(RequestCodeCommand command) {
        throttle.admit(clock.instant(), List.of(
                new ThrottleKey(ThrottleScope.CODE_REQUESTS_PER_ACCOUNT, command.email().value()),
                ThrottleKey.perClient(ThrottleScope.CODE_REQUESTS_PER_CLIENT, command.origin())));
    }
}
