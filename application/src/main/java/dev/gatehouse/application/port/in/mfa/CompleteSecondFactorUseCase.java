package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.application.port.in.session.SignedIn;

public interface CompleteSecondFactorUseCase {

    /**
     * Takes the second factor of a sign-in whose first factor was right, and starts its session as
     * that sign-in would have (staying signed in if it asked to).
     *
     * @throws InvalidSecondFactorException for a wrong or replayed code or a dead challenge, alike
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException while the account's second-factor guessing waits
     */
    SignedIn complete(CompleteSecondFactorCommand command);
}
