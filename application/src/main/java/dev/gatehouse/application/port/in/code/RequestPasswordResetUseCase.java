package dev.gatehouse.application.port.in.code;

public interface RequestPasswordResetUseCase {

    /** Mails a reset code when the address has an account; never creates one. */
    void requestPasswordReset(RequestCodeCommand command);
}
