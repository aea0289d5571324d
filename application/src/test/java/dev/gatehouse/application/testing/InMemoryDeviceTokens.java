package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link DeviceTokens} remembered in a map: a token is recognised for the address it was issued for, for a year. */
public final class InMemoryDeviceTokens implements DeviceTokens {

    public static final Duration VALIDITY = Duration.ofDays(365);

    private final Map<DeviceToken, IssuedFor> issued = new HashMap<>();
    private int next;

    private record IssuedFor(EmailAddress account, Instant expiresAt) {
    }

    @Override
    public synchronized IssuedDeviceToken issue(EmailAddress account, Instant now) {
        DeviceToken token = DeviceToken.of("device-token-number-%08d".formatted(++next));
        issued.put(token, new IssuedFor(account, now.plus(VALIDITY)));
        return new IssuedDeviceToken(token, now.plus(VALIDITY));
    }

    @Override
    public synchronized boolean recognises(DeviceToken token, EmailAddress account, Instant now) {
        IssuedFor found = issued.get(token);
        return found != null && found.account().equals(account) && now.isBefore(found.expiresAt());
    }
}
