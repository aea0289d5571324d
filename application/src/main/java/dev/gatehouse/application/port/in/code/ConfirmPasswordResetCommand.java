package dev.gatehouse.application.port.in.code;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

public record ConfirmPasswordResetCommand(EmailAddress email, OneTimeCode code, ClearTextPassword newPassword,
                                          RequestOrigin origin) {

    public ConfirmPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(origin, "origin");
    }
}
