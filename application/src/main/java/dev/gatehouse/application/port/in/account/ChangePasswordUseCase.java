package dev.gatehouse.application.port.in.account;

public interface ChangePasswordUseCase {

    /**
     * Sets a new password and ends every other session of the account; the asking one stays.
     *
     * @throws dev.gatehouse.application.port.in.session.InvalidCredentialsException for a wrong current password
     * @throws dev.gatehouse.domain.password.PasswordRejectedException               for a new one the policy refuses
     */
    void changePassword(ChangePasswordCommand command);
}
