package dev.gatehouse.application.port.in.account;

import dev.gatehouse.domain.user.User;

public interface RegisterUserUseCase {

    /**
     * Creates an active account with the {@code user} role.
     *
     * @throws dev.gatehouse.domain.password.PasswordRejectedException when the password breaks the policy
     * @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException when the address has an account
     */
    User register(RegisterUserCommand command);
}
