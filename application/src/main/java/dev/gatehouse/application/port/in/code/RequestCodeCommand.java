package dev.gatehouse.application.port.in.code;

import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

public record RequestCodeCommand(EmailAddress email) {

    public RequestCodeCommand {
        Objects.requireNonNull(email, "email");
    }
}
