package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

/** {@code assertionJson}: the browser's answer as WebAuthn's {@code toJSON()} writes it (AuthenticationResponseJSON). */
public record PasskeySignInCommand(String assertionJson, boolean rememberMe, RequestOrigin origin, HeldTokens held) {

    public PasskeySignInCommand {
        Objects.requireNonNull(assertionJson, "assertionJson");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(held, "held");
    }
}
