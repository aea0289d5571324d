package dev.gatehouse.application.port.in.code;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.RegistrationToken;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code timezone} is the browser's, recorded when the code activates a new account. {@code held}
 * is what the client brought along: see {@link HeldTokens}. {@code registration} is the token a
 * registration handed out, when the registrant presents it: the proof then keeps the password set
 * with that registration.
 */
public record VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe,
                                      Optional<ZoneId> timezone, RequestOrigin origin, HeldTokens held,
                                      Optional<RegistrationToken> registration) {

    public VerifySignInCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(registration, "registration");
    }

    /** A sign-in that presents no registration. */
    public VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe, Optional<ZoneId> timezone,
                                   RequestOrigin origin, HeldTokens held) {
        this(email, code, rememberMe, timezone, origin, held, Optional.empty());
    }

    /** A sign-in by a client that holds no session yet. */
    public VerifySignInCodeCommand(EmailAddress email, OneTimeCode code, boolean rememberMe, Optional<ZoneId> timezone,
                                   RequestOrigin origin) {
        this(email, code, rememberMe, timezone, origin, HeldTokens.NONE);
    }
}
