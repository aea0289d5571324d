package dev.gatehouse.application.port.in.mfa;

/**
 * A signed-in person's code (to confirm or remove an authenticator app, or to re-authenticate) is
 * wrong or already used: the session is fine, the field is not.
 */
public final class WrongSecondFactorException extends RuntimeException {

    public WrongSecondFactorException() {
        super("The code is not right", null, false, false);
    }
}
