package dev.gatehouse.application.port.in.session;

/**
 * The password was right, but the account's address is not proven and the service requires that
 * before a password signs in: a code sign-in proves it. Told only to whoever knew the password.
 */
public final class EmailUnverifiedException extends RuntimeException {

    public EmailUnverifiedException() {
        super("The address is not confirmed yet: sign in with a code sent to it");
    }
}
