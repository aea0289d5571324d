package dev.gatehouse.application.port.in.account;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

/** The signed-in account entering the code mailed to the address it asked to move to. */
public record ConfirmEmailChangeCommand(Authenticated current, OneTimeCode code, RequestOrigin origin) {

    public ConfirmEmailChangeCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(origin, "origin");
    }
}
