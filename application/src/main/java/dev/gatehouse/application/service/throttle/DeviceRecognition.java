package dev.gatehouse.application.service.throttle;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Clock;
import java.util.Optional;

/** Which device token a sign-in brought that was issued for the address it is signing in to. */
final class DeviceRecognition {

    private final DeviceTokens devices;
    private final Clock clock;

    DeviceRecognition(DeviceTokens devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    Optional<DeviceToken> recognised(HeldTokens held, EmailAddress account) {
        return recognised(held.device(), account);
    }

    Optional<DeviceToken> recognised(Optional<DeviceToken> presented, EmailAddress account) {
        return presented.filter(token -> devices.recognises(token, account, clock.instant()));
    }
}
