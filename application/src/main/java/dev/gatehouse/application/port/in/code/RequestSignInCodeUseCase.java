package dev.gatehouse.application.port.in.code;

public interface RequestSignInCodeUseCase {

    /**
     * Mails a new sign-in code to the address when it has an account (or gets a pending one, when
     * self-signup is on). Says nothing about which happened: the caller answers alike either way.
     */
    void requestSignInCode(RequestCodeCommand command);
}
