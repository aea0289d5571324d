package dev.gatehouse.application.port.in.account;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

/** A signed-in account asking to be deleted, with proof that the owner asks (a session can be stolen). */
public record DeleteAccountCommand(Authenticated current, AccountProof proof, RequestOrigin origin) {

    public DeleteAccountCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(origin, "origin");
    }
}
