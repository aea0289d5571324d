package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.application.port.in.Actor;

public interface StartPasskeyRegistrationUseCase {

    /**
     * Issues a registration challenge bound to the signed-in account, answerable once within the
     * challenge lifetime, and the options the browser creates the passkey with.
     */
    PasskeyCreationOptions start(Actor actor);
}
