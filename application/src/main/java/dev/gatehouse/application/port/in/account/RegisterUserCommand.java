package dev.gatehouse.application.port.in.account;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

public record RegisterUserCommand(EmailAddress email, ClearTextPassword password, RequestOrigin origin) {

    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
    }
}
