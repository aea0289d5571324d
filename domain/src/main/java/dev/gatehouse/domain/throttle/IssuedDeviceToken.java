package dev.gatehouse.domain.throttle;

import java.time.Instant;
import java.util.Objects;

/** A device token as just issued, with the end of its validity (the cookie's lifetime). */
public record IssuedDeviceToken(DeviceToken token, Instant expiresAt) {

    public IssuedDeviceToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
