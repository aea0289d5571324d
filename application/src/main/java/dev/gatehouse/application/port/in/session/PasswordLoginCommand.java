package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;

/** {@code held} is what the client brought along: see {@link HeldTokens}. */
public record PasswordLoginCommand(EmailAddress email, ClearTextPassword password, boolean rememberMe,
                                   RequestOrigin origin, HeldTokens held) {

    public PasswordLoginCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(held, "held");
    }

    /** A sign-in by a client that holds no session yet. */
    public PasswordLoginCommand(EmailAddress email, ClearTextPassword password, boolean rememberMe, RequestOrigin origin) {
        this(email, password, rememberMe, origin, HeldTokens.NONE);
    }
}
