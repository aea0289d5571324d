package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

public record PasswordLoginCommand(EmailAddress email, ClearTextPassword password, boolean rememberMe,
                                   RequestOrigin origin) {

    public PasswordLoginCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
    }
}
