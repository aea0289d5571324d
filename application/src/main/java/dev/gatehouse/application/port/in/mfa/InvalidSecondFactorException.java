package dev.gatehouse.application.port.in.mfa;

/**
 * A second factor at sign-in not accepted: a wrong or replayed code, or a challenge unknown, ended
 * or out of attempts. One answer for all, so a guesser learns nothing about which.
 */
public final class InvalidSecondFactorException extends RuntimeException {

    public InvalidSecondFactorException() {
        super("Second factor not accepted", null, false, false);
    }
}
