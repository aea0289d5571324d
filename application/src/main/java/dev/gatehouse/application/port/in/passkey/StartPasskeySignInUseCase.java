package dev.gatehouse.application.port.in.passkey;

public interface StartPasskeySignInUseCase {

    /** Issues a sign-in challenge, answerable once within the challenge lifetime, by any account's passkey. */
    PasskeyRequestOptions start();
}
