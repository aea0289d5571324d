package dev.gatehouse.application.port.in.account;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

/** A signed-in account changing its password; the current one is asked again, since a session can be stolen. */
public record ChangePasswordCommand(Authenticated current, ClearTextPassword currentPassword,
                                    ClearTextPassword newPassword, RequestOrigin origin) {

    public ChangePasswordCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(origin, "origin");
    }
}
