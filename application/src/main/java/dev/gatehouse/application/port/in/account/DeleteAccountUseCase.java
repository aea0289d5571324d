package dev.gatehouse.application.port.in.account;

public interface DeleteAccountUseCase {

    /**
     * Deletes the account and everything that names its address, ends all of its sessions, keeps its
     * audit events under a pseudonym, and queues a notice to the address, all in one transaction.
     *
     * @throws dev.gatehouse.application.port.in.session.InvalidCredentialsException for a wrong password
     * @throws dev.gatehouse.application.port.in.code.InvalidCodeException           for a wrong, used or expired code
     * @throws WrongProofException                                                   for a code where the account has a password, or the reverse
     * @throws dev.gatehouse.domain.user.LastAdminException                          for the last active administrator
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException            while guesses are throttled
     */
    void delete(DeleteAccountCommand command);
}
