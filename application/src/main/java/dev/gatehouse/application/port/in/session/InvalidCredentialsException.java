package dev.gatehouse.application.port.in.session;

/**
 * The one answer for an unknown email, a wrong password, a disabled account or an account without
 * a password: telling them apart would tell an attacker which addresses have accounts.
 */
public final class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("Email or password are incorrect", null, false, false);
    }
}
