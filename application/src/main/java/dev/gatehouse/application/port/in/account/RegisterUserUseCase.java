package dev.gatehouse.application.port.in.account;

public interface RegisterUserUseCase {

    /**
     * Registers an account with the {@code user} role and the given password, which stays unproven
     * until the address is. Where proven addresses are required, the answer is the same for a new
     * and a taken address ({@link Registration.AwaitingProof}); otherwise the account is active at
     * once ({@link Registration.Created}).
     *
     * @throws dev.gatehouse.domain.password.PasswordRejectedException   when the password breaks the policy
     * @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException when the address has an account and
     *                                                                    unproven addresses may sign in
     */
    Registration register(RegisterUserCommand command);
}
