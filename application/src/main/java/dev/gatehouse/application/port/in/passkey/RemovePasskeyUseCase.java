package dev.gatehouse.application.port.in.passkey;

public interface RemovePasskeyUseCase {

    /** @throws PasskeyNotFoundException when the account has no passkey of that id (another's is none of its) */
    void remove(RemovePasskeyCommand command);
}
