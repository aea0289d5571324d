package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.application.port.in.session.SignedIn;

public interface PasskeySignInUseCase {

    /**
     * Verifies a passkey's answer to a live sign-in challenge (used up either way) and starts a
     * session for the passkey's account, as a password sign-in does.
     *
     * @throws dev.gatehouse.application.port.in.session.InvalidCredentialsException for every kind of
     *         failure alike: an unknown passkey, a dead challenge, a failed verification, a counter
     *         that did not move forward, a disabled account
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException when the client failed too often
     */
    SignedIn signIn(PasskeySignInCommand command);
}
