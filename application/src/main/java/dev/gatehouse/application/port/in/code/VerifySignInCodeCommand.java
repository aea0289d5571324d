package dev.gatehouse.application.port.in.code;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code timezone} is the browser's, recorded when the code activates a new account. {@code held}
 * is what the client brought along: see {@link HeldTokens}.
 */
public record VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe,
                                      Optional<ZoneId> timezone, RequestOrigin origin, HeldTokens held) {

    public VerifySignInCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(held, "held");
    }

    /** A sign-in by a client that holds no session yet. */
    public VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe, Optional<ZoneId> timezone,
                                   RequestOrigin origin) {
        this(email, code, rememberMe, timezone, origin, HeldTokens.NONE);
    }
}
