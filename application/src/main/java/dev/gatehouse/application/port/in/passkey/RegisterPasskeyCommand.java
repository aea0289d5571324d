package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

/**
 * {@code current}: the signed-in session asking (how recently it authenticated is what a step-up
 * would judge); {@code credentialJson}: the browser's new credential as WebAuthn's {@code toJSON()}
 * writes it (RegistrationResponseJSON); {@code name}: what the owner calls it.
 */
public record RegisterPasskeyCommand(Authenticated current, PasskeyName name, String credentialJson,
                                     RequestOrigin origin) {

    public RegisterPasskeyCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credentialJson, "credentialJson");
        Objects.requireNonNull(origin, "origin");
    }

    public Actor actor() {
        return new Actor(current.user(), origin);
    }
}
