package dev.gatehouse.application.port.in.session;

public interface PasswordLoginUseCase {

    /**
     * Checks the password and starts a new session with a new id and token.
     *
     * @throws InvalidCredentialsException for every kind of failure, alike
     * @throws dev.gatehouse.domain.password.PasswordRejectedException for a password longer than any accepted one
     */
    SignedIn logIn(PasswordLoginCommand command);
}
