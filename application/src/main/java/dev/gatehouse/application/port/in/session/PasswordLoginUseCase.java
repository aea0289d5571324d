package dev.gatehouse.application.port.in.session;

public interface PasswordLoginUseCase {

    /**
     * Checks the password and starts a new session with a new id and token.
     *
     * @throws InvalidCredentialsException for an unknown address, a wrong password or an account without one, alike
     * @throws EmailUnverifiedException    after the right password, when the address must be proven first
     * @throws AccountDisabledException    after the right password, when an administrator disabled the account
     * @throws dev.gatehouse.domain.password.PasswordRejectedException for a password longer than any accepted one
     */
    SignedIn logIn(PasswordLoginCommand command);
}
