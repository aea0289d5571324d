package dev.gatehouse.application.port.in.mfa;

/**
 * The account holds a role that requires a second factor ({@code mfa.requiredForRoles}) and has
 * none: until it enrols one, it may do nothing else.
 */
public final class SecondFactorEnrolmentRequiredException extends RuntimeException {

    public SecondFactorEnrolmentRequiredException() {
        super("Set up an authenticator app first", null, false, false);
    }
}
