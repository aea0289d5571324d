package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

/** {@code current}: the signed-in session asking (how recently it authenticated is what a step-up would judge). */
public record RemovePasskeyCommand(Authenticated current, PasskeyId passkey, RequestOrigin origin) {

    public RemovePasskeyCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(passkey, "passkey");
        Objects.requireNonNull(origin, "origin");
    }

    public Actor actor() {
        return new Actor(current.user(), origin);
    }
}
