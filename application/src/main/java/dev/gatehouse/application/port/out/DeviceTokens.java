package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Instant;

/** Issues and checks the tokens by which a browser that signed in to an account is recognised. */
public interface DeviceTokens {

    /** A new token for the browser that has just signed in to {@code account}. */
    IssuedDeviceToken issue(EmailAddress account, Instant now);

    /** Whether {@code token} was issued for {@code account} by this service and is still valid at {@code now}. */
    boolean recognises(DeviceToken token, EmailAddress account, Instant now);
}
