package dev.gatehouse.application.port.in.code;

public interface ConfirmPasswordResetUseCase {

    /**
     * Sets the new password and ends every session of the account.
     *
     * @throws dev.gatehouse.domain.password.PasswordRejectedException before the code is touched
     * @throws InvalidCodeException for every kind of wrong code, alike
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException when the account's wrong entries hit the cap
     */
    void confirm(ConfirmPasswordResetCommand command);
}
