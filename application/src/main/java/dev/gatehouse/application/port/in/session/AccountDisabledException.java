package dev.gatehouse.application.port.in.session;

/**
 * The password was right, but an administrator disabled the account. Told only to whoever knew the
 * password: an unknown address and a wrong password still get {@link InvalidCredentialsException}.
 */
public final class AccountDisabledException extends RuntimeException {

    public AccountDisabledException() {
        super("This account is disabled");
    }
}
