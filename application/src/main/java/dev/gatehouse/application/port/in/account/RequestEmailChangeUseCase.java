package dev.gatehouse.application.port.in.account;

public interface RequestEmailChangeUseCase {

    /**
     * Mails a code to the new address and a notice to the current one, unless the new address has
     * an account: then its owner is told instead and nothing can be confirmed. The caller cannot
     * tell which happened, so the request reveals nothing about the new address. A request within
     * the resend interval of the last one changes nothing.
     *
     * @throws dev.gatehouse.application.port.in.session.InvalidCredentialsException      for a wrong or missing password
     * @throws ReauthenticationRequiredException                                            for an account without a password not signed in by code just now
     * @throws dev.gatehouse.domain.user.SameEmailAddressException                          for the account's own address
     */
    void requestEmailChange(RequestEmailChangeCommand command);
}
