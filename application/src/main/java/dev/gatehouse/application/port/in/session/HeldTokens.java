package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.throttle.DeviceToken;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client signing in already holds (a browser's cookies): the session it is about to replace,
 * which ends with the sign-in, and the token of an earlier sign-in that exempts it from the
 * account's lockout.
 */
public record HeldTokens(Optional<SessionToken> session, Optional<DeviceToken> device) {

    /** An integration, or a browser that never signed in here. */
    public static final HeldTokens NONE = new HeldTokens(Optional.empty(), Optional.empty());

    public HeldTokens {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(device, "device");
    }
}
