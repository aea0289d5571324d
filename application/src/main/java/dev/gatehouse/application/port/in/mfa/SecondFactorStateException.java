package dev.gatehouse.application.port.in.mfa;

/** The account's second factor is not in the state the request needs (already enrolled, none pending, none to remove). */
public final class SecondFactorStateException extends RuntimeException {

    private SecondFactorStateException(String message) {
        super(message, null, false, false);
    }

    public static SecondFactorStateException alreadyEnrolled() {
        return new SecondFactorStateException("An authenticator app is already set up; remove it first");
    }

    public static SecondFactorStateException nothingPending() {
        return new SecondFactorStateException("No authenticator app is waiting for confirmation; start again");
    }

    public static SecondFactorStateException notEnrolled() {
        return new SecondFactorStateException("No authenticator app is set up");
    }
}
