package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Objects;

public record CompleteSecondFactorCommand(ChallengeToken challenge, SecondFactorEntry entry, RequestOrigin origin,
                                          HeldTokens held) {

    public CompleteSecondFactorCommand {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(held, "held");
    }
}
