package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code replacing} is the session token the client held when it signed in (a browser's cookie):
 * that session ends with the sign-in, since the client is about to drop its token.
 */
public record PasswordLoginCommand(EmailAddress email, ClearTextPassword password, boolean rememberMe,
                                   RequestOrigin origin, Optional<SessionToken> replacing) {

    public PasswordLoginCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(replacing, "replacing");
    }

    /** A sign-in by a client that holds no session yet. */
    public PasswordLoginCommand(EmailAddress email, ClearTextPassword password, boolean rememberMe, RequestOrigin origin) {
        this(email, password, rememberMe, origin, Optional.empty());
    }
}
