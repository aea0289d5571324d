package dev.gatehouse.application.port.in.account;

/**
 * A sensitive action asked of a session that has not proven its person recently enough: an account
 * without a password signs in by code again first.
 */
public final class ReauthenticationRequiredException extends RuntimeException {

    public ReauthenticationRequiredException() {
        super("Sign in by code again first", null, false, false);
    }
}
