package dev.gatehouse.application.port.in.account;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in account asking to move to {@code newEmail}. {@code password} is the account's
 * current one, asked again since a session can be stolen; an account without a password has none
 * to give and proves itself by a recent code sign-in instead.
 */
public record RequestEmailChangeCommand(Authenticated current, EmailAddress newEmail,
                                        Optional<ClearTextPassword> password, RequestOrigin origin) {

    public RequestEmailChangeCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(newEmail, "newEmail");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
    }
}
