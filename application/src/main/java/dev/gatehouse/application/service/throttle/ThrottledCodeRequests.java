package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Code and reset requests cost a mail each, whoever sends them: every request counts against the
 * client and against the address asked for, known address or not, so the answer stays the same.
 * A sign-in code request from a browser that signed in to the address before waits on that
 * browser's own count instead of the address's, so a stranger who exhausts the address's count
 * cannot keep its owner from signing in by code. The resend interval of the codes themselves still
 * bounds what lands in the mailbox, whoever asks.
 */
public final class ThrottledCodeRequests implements RequestSignInCodeUseCase, RequestPasswordResetUseCase {

    private final RequestSignInCodeUseCase signInCodes;
    private final RequestPasswordResetUseCase passwordResets;
    private final Throttle throttle;
    private final DeviceRecognition devices;
    private final Clock clock;

    public ThrottledCodeRequests(RequestSignInCodeUseCase signInCodes, RequestPasswordResetUseCase passwordResets,
                                 Throttle throttle, DeviceTokens devices, Clock clock) {
        this.signInCodes = signInCodes;
        this.passwordResets = passwordResets;
        this.throttle = throttle;
        this.devices = new DeviceRecognition(devices, clock);
        this.clock = clock;
    }

    @Override
    public void requestSignInCode(RequestCodeCommand command) {
        admit(command, devices.recognised(command.device(), command.email()));
        signInCodes.requestSignInCode(command);
    }

    @Override
    public void requestPasswordReset(RequestCodeCommand command) {
        admit(command, Optional.empty());
        passwordResets.requestPasswordReset(command);
    }

    private void admit(RequestCodeCommand command, Optional<DeviceToken> recognised) {
        ThrottleKey client = ThrottleKey.perClient(ThrottleScope.CODE_REQUESTS_PER_CLIENT, command.origin());
        ThrottleKey requester = recognised
                .map(device -> new ThrottleKey(ThrottleScope.CODE_REQUESTS_PER_DEVICE, device.value()))
                .orElseGet(() -> new ThrottleKey(ThrottleScope.CODE_REQUESTS_PER_ACCOUNT, command.email().value()));
        throttle.admit(clock.instant(), List.of(client, requester));
    }
}
