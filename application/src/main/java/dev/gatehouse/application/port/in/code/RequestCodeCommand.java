package dev.gatehouse.application.port.in.code;

import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

public record RequestCodeCommand(EmailAddress email, RequestOrigin origin) {

    public RequestCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(origin, "origin");
    }
}
