package dev.gatehouse.application.port.in.code;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code timezone} is the browser's, recorded when the code activates a new account. {@code replacing}
 * is the session token the client held when it signed in: that session ends with the sign-in.
 */
public record VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe,
                                      Optional<ZoneId> timezone, RequestOrigin origin, Optional<SessionToken> replacing) {

    public VerifySignInCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(replacing, "replacing");
    }

    /** A sign-in by a client that holds no session yet. */
    public VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe, Optional<ZoneId> timezone,
                                   RequestOrigin origin) {
        this(email, code, rememberMe, timezone, origin, Optional.empty());
    }
}
