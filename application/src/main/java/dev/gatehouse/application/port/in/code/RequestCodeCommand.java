package dev.gatehouse.application.port.in.code;

import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/** {@code device}: the token of an earlier sign-in the requesting browser holds, which lets it wait on its own count. */
public record RequestCodeCommand(EmailAddress email, RequestOrigin origin, Optional<DeviceToken> device) {

    public RequestCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(device, "device");
    }

    /** A request from a client that brings no device token (an integration, a new browser). */
    public RequestCodeCommand(EmailAddress email, RequestOrigin origin) {
        this(email, origin, Optional.empty());
    }
}
