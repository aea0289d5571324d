package dev.gatehouse.application.port.in.code;

import dev.gatehouse.application.port.in.session.SignedIn;

public interface VerifySignInCodeUseCase {

    /**
     * Consumes the code and starts a session exactly as a password sign-in does.
     *
     * @throws InvalidCodeException for every kind of wrong code, alike
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException when the account's wrong entries hit the cap
     */
    SignedIn verify(VerifySignInCodeCommand command);
}
