package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

/** {@code userAgent} is what the client said it is, kept only to label the session in lists. */
public record PasswordLoginCommand(EmailAddress email, ClearTextPassword password, boolean rememberMe,
                                   String userAgent) {

    public PasswordLoginCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }
}
