package dev.gatehouse.application.port.in.account;

import dev.gatehouse.domain.user.User;

public interface ConfirmEmailChangeUseCase {

    /**
     * Moves the account to the address its code was mailed to, ends every other session of it and
     * tells the old address.
     *
     * @return the account under its new address
     * @throws dev.gatehouse.application.port.in.code.InvalidCodeException              for a wrong, used or expired code, or none pending
     * @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException                 when the address got an account meanwhile; nothing changes
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException                while the guessing throttle holds
     */
    User confirmEmailChange(ConfirmEmailChangeCommand command);
}
