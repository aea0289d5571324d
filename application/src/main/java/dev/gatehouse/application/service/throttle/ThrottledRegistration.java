package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.domain.throttle.ThrottleKey;
import dev.gatehouse.domain.throttle.ThrottleScope;

import java.time.Clock;
import java.util.List;

/** Registrations cost a password hash and an account each: counted per client, accepted or not. */
public final class ThrottledRegistration implements RegisterUserUseCase {

    private final RegisterUserUseCase registrations;
    private final Throttle throttle;
    private final Clock clock;

    public ThrottledRegistration(RegisterUserUseCase registrations, Throttle throttle, Clock clock) {
        this.registrations = registrations;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Registration register(RegisterUserCommand command) {
        throttle.admit(clock.instant(),
                List.of(ThrottleKey.perClient(ThrottleScope.REGISTRATIONS_PER_CLIENT, command.origin())));
        return registrations.register(command);
    }
}
